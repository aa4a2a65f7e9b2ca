package dev.okr.workflow.organisation;

import dev.okr.domain.organisation.PersonSearch;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's user query, answered by the domain directory (ordered by user id). */
public class DirectoryUserQuery extends UserQueryImpl {

  private static final long serialVersionUID = 1L;

  public DirectoryUserQuery() {
  }

  public DirectoryUserQuery(CommandExecutor commandExecutor) {
    super(commandExecutor);
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    if (tenantId != null) {
      return 0;
    }
    return DirectoryIdentityProvider.directory().count(search());
  }

  @Override
  public List<User> executeList(CommandContext commandContext, Page page) {
    if (tenantId != null) {
      return List.of();
    }
    int first = page == null ? 0 : page.getFirstResult();
    int max = page == null ? Integer.MAX_VALUE : page.getMaxResults();
    return DirectoryIdentityProvider.directory().search(search(), first, max).stream()
        .map(DirectoryIdentityProvider::toUser)
        .toList();
  }

  private PersonSearch search() {
    // The engine's "last name" is the family name, its "first name" the given name.
    return new PersonSearch(id, ids == null ? null : Set.of(ids), lastName, lastNameLike,
        firstName, firstNameLike, email, emailLike, groupId, null);
  }
}
