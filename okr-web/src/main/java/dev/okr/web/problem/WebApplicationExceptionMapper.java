package dev.okr.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** JAX-RS's own refusals (unknown path, wrong method or media type) as problem documents. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context
  UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return new UnhandledExceptionMapper().toResponse(exception, Problem.pathOf(uri));
    }
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "HTTP " + status : type.getReasonPhrase();
    String kind = title.toLowerCase(Locale.ROOT).replace(' ', '-');
    Problem problem = Problem.of(status, kind, title, detail(exception, status),
        Problem.pathOf(uri));

    Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
        .entity(problem);
    original.getHeaders().forEach((name, values) -> {
      if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
          && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
        values.forEach(v -> response.header(name, v));
      }
    });
    return response.build();
  }

  private static String detail(WebApplicationException exception, int status) {
    String message = exception.getMessage();
    boolean ownMessage = message != null && !message.startsWith("RESTEASY")
        && !message.startsWith("HTTP ");
    if (ownMessage) {
      return message;
    }
    return switch (status) {
      case 404 -> "There is nothing at this path";
      case 405 -> "This path does not accept this HTTP method";
      case 406 -> "This path cannot answer in the requested media type";
      case 415 -> "This path does not accept the request's content type; send application/json";
      default -> "The request was refused";
    };
  }
}
