package dev.okr.web.problem;

import dev.okr.workflow.engine.ClientMistakes;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.jboss.logging.Logger;

/**
 * Our own faults: 500 with a problem document that names no class, SQL or stack, and an instance
 * URN logged with the stack trace so the report can be found. Concurrent-change failures that
 * surface only at commit are the caller's to retry: 409. A refusal a workflow listener marked
 * as the client's mistake keeps the status it was marked with. A unique key broken at commit
 * means another request saved the same thing a moment earlier: 409.
 */
@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnhandledExceptionMapper.class);

  @Context
  UriInfo uri;

  @Override
  public Response toResponse(Throwable exception) {
    return toResponse(exception, Problem.pathOf(uri));
  }

  Response toResponse(Throwable exception, String path) {
    if (isConcurrentChange(exception)) {
      return Problem.of(409, "concurrent-change", "Changed concurrently",
          "Someone else changed the same data at the same moment; read it again and retry",
          path).toResponse();
    }
    String sqlState = sqlStateOf(exception);
    if (sqlState != null && sqlState.startsWith("23")) {
      boolean duplicate = sqlState.equals("23505");
      LOG.debugf("Request to '%s' broke a database constraint (SQL state %s)", path, sqlState);
      return Problem.of(duplicate ? 409 : 400, duplicate ? "concurrent-change" : "invalid-request",
          duplicate ? "Changed concurrently" : "Invalid request", duplicate
              ? "The same thing was saved by another request at the same moment; read it again"
              : "The data breaks a rule of the database; check the values sent", path)
          .toResponse();
    }
    Throwable refusal = null;
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (ClientMistakes.statusIn(t.getMessage()) != 0) {
        refusal = t;
      }
    }
    if (refusal != null) {
      int status = ClientMistakes.statusIn(refusal.getMessage());
      String detail = ClientMistakes.unmarked(refusal.getMessage());
      LOG.debugf("Request to '%s' refused by the workflow (%d): %s", path, status, detail);
      return Problem.of(status, "workflow-refusal", "Refused by the workflow", detail, path)
          .toResponse();
    }
    Problem problem = Problem.of(500, "internal-error", "Internal server error",
        "The server failed to handle the request; report the instance id to the operator",
        path);
    LOG.errorf(exception, "Request to '%s' failed (%s)", path, problem.instance());
    return problem.toResponse();
  }

  private static String sqlStateOf(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }

  private static boolean isConcurrentChange(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }
}
