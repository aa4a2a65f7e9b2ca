package dev.okr.domain.setup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;

/**
 * Migrates the domain schema with Flyway, then has Hibernate validate the entity mapping against
 * it, so a mismatch stops the deployment instead of failing at the first request. The engine's
 * tables share the schema; Flyway keeps its own history table and leaves them alone.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

  @Resource(lookup = "java:jboss/datasources/OkrDS")
  DataSource dataSource;

  @PersistenceUnit(unitName = "okr")
  EntityManagerFactory emf;

  /** Runs outside any transaction: Flyway commits each migration itself. */
  public void migrateAndValidate() {
    MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .table("okr_schema_history")
        // The engine may have created its tables first; start counting from an empty baseline.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    LOG.infof("Domain schema at version '%s' (%d migrations applied now)",
        result.targetSchemaVersion, result.migrationsExecuted);

    emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }
}
