package dev.okr.workflow.setup;

import dev.okr.domain.setup.AdministratorBootstrap;
import dev.okr.domain.setup.DemoCompanyLoader;
import dev.okr.domain.setup.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.logging.Logger;

/**
 * Brings a fresh or existing database to a usable state, in order: domain schema, people, engine
 * access. Settings come from system properties or environment variables: {@code okr.demo} /
 * {@code OKR_DEMO} loads the demo company; {@code OKR_ADMIN_USERNAME} (default {@code admin})
 * and {@code OKR_ADMIN_PASSWORD} create the first administrator outside demo mode.
 */
@ApplicationScoped
public class OkrStartup {

  private static final Logger LOG = Logger.getLogger(OkrStartup.class);

  @Inject
  SchemaMigration schema;

  @Inject
  DemoCompanyLoader demo;

  @Inject
  AdministratorBootstrap administrators;

  @Inject
  EngineAccessSetup engineAccess;

  public void start(ProcessEngine engine) {
    schema.migrateAndValidate();

    if (Boolean.parseBoolean(setting("okr.demo", "OKR_DEMO", "false"))) {
      demo.loadIfEmpty();
    } else {
      administrators.createFirstAdministrator(setting("okr.admin.username",
          "OKR_ADMIN_USERNAME", "admin"), setting("okr.admin.password", "OKR_ADMIN_PASSWORD",
          null));
    }
    engineAccess.ensure(engine);

    LOG.info("okr is ready");
  }

  private static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property);
    if (value == null) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
