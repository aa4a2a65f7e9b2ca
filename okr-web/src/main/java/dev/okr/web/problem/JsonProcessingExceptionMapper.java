package dev.okr.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** A body that is not valid JSON or does not fit the expected shape: 400, naming the field. */
@Provider
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

  @Context
  UriInfo uri;

  @Override
  public Response toResponse(JsonProcessingException exception) {
    String detail;
    if (exception instanceof UnrecognizedPropertyException unknown) {
      detail = "Unknown field '" + unknown.getPropertyName() + "'";
    } else if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
      detail = "Field '" + field + "' has a value of the wrong type or format";
    } else {
      detail = "The body is not valid JSON (line " + location(exception) + ")";
    }
    return Problem.of(400, "unreadable-body", "Unreadable request body", detail,
            Problem.pathOf(uri))
        .toResponse();
  }

  private static String location(JsonProcessingException exception) {
    return exception.getLocation() == null ? "?"
        : exception.getLocation().getLineNr() + ", column "
            + exception.getLocation().getColumnNr();
  }
}
