package dev.okr.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures: 400 with one violation per field. */
@Provider
public class ConstraintViolationExceptionMapper
    implements ExceptionMapper<ConstraintViolationException> {

  @Context
  UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.Violation> violations = exception.getConstraintViolations().stream()
        .map(v -> new Problem.Violation(field(v), v.getMessage()))
        .sorted(Comparator.comparing(Problem.Violation::field))
        .toList();
    return Problem.of(400, "validation", "Invalid input",
            violations.size() + " field(s) are invalid", Problem.pathOf(uri))
        .withViolations(violations)
        .toResponse();
  }

  /** The property path without the method and parameter prefix (create.arg0.title → title). */
  private static String field(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
          continue;
        }
        default -> {
        }
      }
      if (field.length() > 0 && node.getIndex() == null) {
        field.append('.');
      }
      if (node.getName() != null) {
        if (node.getIndex() != null && field.length() > 0) {
          field.append('.');
        }
        field.append(node.getName());
      }
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }
}
