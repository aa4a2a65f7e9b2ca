package dev.okr.domain.progress;

import dev.okr.domain.progress.RollUp.KeyResultFacts;
import dev.okr.domain.progress.SyntheticCompany.LinkRow;
import dev.okr.domain.progress.SyntheticCompany.ObjectiveRow;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/**
 * The rows of a {@link SyntheticCompany} in an in-memory H2 database, in tables objective,
 * key_result and alignment_link, with the one aggregate the roll-up is compared against.
 *
 * <p>The aggregate is a single GROUP BY over key_result: the weighted mean of each objective's
 * clamped key-result progress, with the same formulas and weight rules as
 * {@link ProgressFormula} and {@link Weights}. It cannot follow alignment links, so it is only
 * right for objectives whose key results are all fed by check-ins; it is the floor for reading
 * the same rows once. Close the tables to drop the database.
 */
final class CompanyTables implements AutoCloseable {

  /** Weighted mean of clamped progress per objective; a missing weight counts as the mean. */
  static final String OBJECTIVE_PROGRESS = """
      SELECT objective_id,
             (COALESCE(SUM(weight * clamped), 0)
                + COALESCE(AVG(weight), 1) * COALESCE(SUM(CASE WHEN weight IS NULL
                                                               THEN clamped END), 0))
             / (COALESCE(SUM(weight), 0) + COALESCE(AVG(weight), 1) * (COUNT(*) - COUNT(weight)))
        FROM (SELECT objective_id, weight,
                     COALESCE(GREATEST(0.0, LEAST(1.0, CASE
                       WHEN kind = 'MILESTONE' THEN COALESCE(current_value, 0.0)
                         / CASE WHEN target IS NULL OR target <= 0 THEN 1.0 ELSE target END
                       WHEN target IS NULL THEN NULL
                       WHEN kind = 'STAY_ABOVE'
                         THEN CASE WHEN current_value >= target THEN 1.0 ELSE 0.0 END
                       WHEN kind = 'STAY_BELOW'
                         THEN CASE WHEN current_value <= target THEN 1.0 ELSE 0.0 END
                       WHEN kind = 'WITHIN_BAND'
                         THEN CASE WHEN current_value BETWEEN target AND band_upper
                                   THEN 1.0 ELSE 0.0 END
                       WHEN baseline IS NULL THEN NULL
                       WHEN baseline = target THEN CASE
                         WHEN kind = 'DECREASE' AND COALESCE(current_value, baseline) <= target
                           THEN 1.0
                         WHEN kind <> 'DECREASE' AND COALESCE(current_value, baseline) >= target
                           THEN 1.0
                         ELSE 0.0 END
                       ELSE (COALESCE(current_value, baseline) - baseline) / (target - baseline)
                     END)), 0.0) AS clamped
                FROM key_result) progress
       GROUP BY objective_id
      """;

  private static final int BATCH = 1000;

  private final Connection connection;
  private final int objectiveCount;

  private CompanyTables(Connection connection, int objectiveCount) {
    this.connection = connection;
    this.objectiveCount = objectiveCount;
  }

  /** Creates a fresh in-memory database under the given name and loads the company into it. */
  static CompanyTables load(SyntheticCompany company, String name) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name);
    CompanyTables tables = new CompanyTables(connection, company.objectives().size());
    try {
      tables.createSchema();
      tables.insert(company);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return tables;
  }

  /**
   * Runs {@link #OBJECTIVE_PROGRESS} and reads every row into arrays, so that reading costs no
   * more than the query needs.
   */
  Figures objectiveProgress() throws SQLException {
    int capacity = objectiveCount;
    long[] ids = new long[capacity];
    double[] progress = new double[capacity];
    int count = 0;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(OBJECTIVE_PROGRESS)) {
      while (rows.next()) {
        ids[count] = rows.getLong(1);
        progress[count] = rows.getDouble(2);
        count++;
      }
    }
    return new Figures(ids, progress, count);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private void createSchema() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE objective (id BIGINT PRIMARY KEY, org_level VARCHAR(16))");
      statement.execute("""
          CREATE TABLE key_result (
            id BIGINT PRIMARY KEY,
            objective_id BIGINT NOT NULL REFERENCES objective (id),
            kind VARCHAR(16) NOT NULL,
            baseline DOUBLE PRECISION,
            target DOUBLE PRECISION,
            band_upper DOUBLE PRECISION,
            current_value DOUBLE PRECISION,
            weight DOUBLE PRECISION,
            source VARCHAR(32) NOT NULL)
          """);
      statement.execute("""
          CREATE TABLE alignment_link (
            child_objective_id BIGINT NOT NULL REFERENCES objective (id),
            parent_key_result_id BIGINT NOT NULL REFERENCES key_result (id),
            weight DOUBLE PRECISION,
            value_key_result_id BIGINT REFERENCES key_result (id))
          """);
    }
  }

  private void insert(SyntheticCompany company) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement objective =
        connection.prepareStatement("INSERT INTO objective VALUES (?, ?)")) {
      int n = 0;
      for (ObjectiveRow row : company.objectives()) {
        objective.setLong(1, row.id());
        objective.setString(2, row.level().name());
        objective.addBatch();
        if (++n % BATCH == 0) {
          objective.executeBatch();
        }
      }
      objective.executeBatch();
    }
    try (PreparedStatement keyResult = connection.prepareStatement(
        "INSERT INTO key_result VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (KeyResultFacts row : company.keyResults()) {
        keyResult.setLong(1, row.id());
        keyResult.setLong(2, row.objectiveId());
        keyResult.setString(3, row.kind().name());
        setDouble(keyResult, 4, row.baseline());
        setDouble(keyResult, 5, row.target());
        setDouble(keyResult, 6, row.bandUpper());
        setDouble(keyResult, 7, row.current());
        setDouble(keyResult, 8, row.weight());
        keyResult.setString(9, row.source().name());
        keyResult.addBatch();
        if (++n % BATCH == 0) {
          keyResult.executeBatch();
        }
      }
      keyResult.executeBatch();
    }
    try (PreparedStatement link =
        connection.prepareStatement("INSERT INTO alignment_link VALUES (?, ?, ?, ?)")) {
      int n = 0;
      for (LinkRow row : company.links()) {
        link.setLong(1, row.childObjectiveId());
        link.setLong(2, row.parentKeyResultId());
        setDouble(link, 3, row.weight());
        if (row.valueKeyResultId() == null) {
          link.setNull(4, Types.BIGINT);
        } else {
          link.setLong(4, row.valueKeyResultId());
        }
        link.addBatch();
        if (++n % BATCH == 0) {
          link.executeBatch();
        }
      }
      link.executeBatch();
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  private static void setDouble(PreparedStatement statement, int index, Double value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  /** The aggregate's rows: the first count entries of both arrays, in the database's order. */
  record Figures(long[] objectiveIds, double[] progress, int count) {
  }
}
