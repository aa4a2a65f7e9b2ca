package dev.okr.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI per kind of problem, {@code title}
 * fixed per type, {@code detail} specific to this occurrence, {@code instance} a fresh URN that
 * the log carries too, so a report can be found.
 *
 * @param violations one entry per invalid field, for validation problems only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String path,
    List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://okr.dev/problems/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public static Problem of(int status, String kind, String title, String detail, String path) {
    return new Problem(TYPE_BASE + kind, title, status, detail, "urn:uuid:" + UUID.randomUUID(),
        path, null);
  }

  /** The request path as the client sent it, for example {@code /okr/api/objectives/5}. */
  public static String pathOf(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  public Problem withViolations(List<Violation> list) {
    return new Problem(type, title, status, detail, instance, path, list);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  /** Writes the problem from a servlet filter, outside JAX-RS. */
  public static void write(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(MAPPER.writeValueAsString(problem));
  }

  /**
   * One invalid input.
   *
   * @param field the JSON path of the field, for example {@code keyResults[1].title}
   */
  public record Violation(String field, String message) {
  }
}
