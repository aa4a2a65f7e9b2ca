package dev.okr.web.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.jboss.logging.Logger;

/**
 * Our own faults: 500 with a problem document that names no class, SQL or stack, and an instance
 * URN logged with the stack trace so the report can be found. Concurrent-change failures that
 * surface only at commit are the caller's to retry: 409.
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
    Problem problem = Problem.of(500, "internal-error", "Internal server error",
        "The server failed to handle the request; report the instance id to the operator",
        path);
    LOG.errorf(exception, "Request to '%s' failed (%s)", path, problem.instance());
    return problem.toResponse();
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
