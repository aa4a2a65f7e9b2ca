package dev.okr.web.problem;

import dev.okr.domain.shared.DomainException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/** A business rule refused the request: 400, 403, 404, 409 or 412 by exception family. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  private static final Logger LOG = Logger.getLogger(DomainExceptionMapper.class);

  @Context
  UriInfo uri;

  @Override
  public Response toResponse(DomainException exception) {
    ExceptionStatus.Entry entry = ExceptionStatus.of(exception);
    Problem problem = Problem.of(entry.status(), entry.kind(), entry.title(),
        exception.getMessage(), Problem.pathOf(uri));
    LOG.debugf("Refused %s with %d (%s): %s", Problem.pathOf(uri), entry.status(),
        problem.instance(), exception.getMessage());
    return problem.toResponse();
  }
}
