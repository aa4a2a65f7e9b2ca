package dev.okr.workflow.engine;

import dev.okr.workflow.organisation.DirectoryIdentityProviderFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Shows okr's people and org units to the engine as its users and groups (read-only), so the
 * organisation has one source of truth, and okr's named beans to every expression the engine
 * evaluates, inside or outside the process application. Declared in
 * {@code META-INF/processes.xml}.
 */
public class OkrEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new DirectoryIdentityProviderFactory());
    configuration.setBeans(new ApplicationBeanMap());
  }
}
