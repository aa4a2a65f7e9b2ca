package dev.okr.workflow.organisation;

import java.util.List;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** okr runs one company per server, so the engine sees no tenants. */
public class NoTenantQuery extends TenantQueryImpl {

  private static final long serialVersionUID = 1L;

  public NoTenantQuery() {
  }

  public NoTenantQuery(CommandExecutor commandExecutor) {
    super(commandExecutor);
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return 0;
  }

  @Override
  public List<Tenant> executeList(CommandContext commandContext, Page page) {
    return List.of();
  }
}
