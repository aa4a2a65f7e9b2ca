package dev.okr.web.config;

import dev.okr.workflow.engine.ApplicationBeans;
import dev.okr.workflow.engine.CdiBeanElResolver;
import dev.okr.workflow.setup.OkrStartup;
import jakarta.enterprise.inject.spi.CDI;
import org.camunda.bpm.application.PostDeploy;
import org.camunda.bpm.application.PreUndeploy;
import org.camunda.bpm.application.ProcessApplication;
import org.camunda.bpm.application.impl.JakartaServletProcessApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * okr as a Camunda process application. Deploying this web module starts the embedded engine
 * declared in okr-workflow's {@code META-INF/processes.xml}, deploys okr's processes and then
 * runs the start-up steps (schema, people, engine access).
 */
@ProcessApplication("okr")
public class OkrProcessApplication extends JakartaServletProcessApplication {

  /** Captures this module's beans before the engine can evaluate any expression of okr's. */
  @Override
  public void deploy() {
    ApplicationBeans.register(CDI.current().getBeanManager());
    super.deploy();
  }

  @Override
  protected ELResolver initProcessApplicationElResolver() {
    return new CdiBeanElResolver();
  }

  @PostDeploy
  public void started(ProcessEngine engine) {
    ApplicationBeans.get(OkrStartup.class).start(engine);
  }

  @PreUndeploy
  public void stopping() {
    ApplicationBeans.unregister();
  }
}
