package dev.okr.workflow.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes errors in the JSON shape Camunda's REST API and Camunda Modeler use. */
final class EngineErrors {

  private EngineErrors() {
  }

  static void write(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    String body = Json.createObjectBuilder()
        .add("type", type)
        .add("message", message)
        .build()
        .toString();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }
}
