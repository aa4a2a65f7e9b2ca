package dev.okr.workflow.security;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Refuses task and filter queries that carry an expression ({@code assigneeExpression},
 * {@code candidateGroupsExpression}, ...), in the query string or anywhere in a JSON body,
 * including nested {@code orQueries}. Camunda 7 CE receives no more security fixes, and such
 * expressions are evaluated by the engine; the engine's own switch for ad-hoc queries does not
 * cover every nesting. Stored filters that okr creates itself keep their expressions.
 */
public class ExpressionQueryGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ExpressionQueryGuardFilter.class);
  /** Task and filter bodies are small; anything larger is not a query and passes unread. */
  private static final int MAX_INSPECTED_BODY = 1024 * 1024;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if (!isGuardedPath(request.getRequestURI())) {
      chain.doFilter(request, response);
      return;
    }
    for (String name : request.getParameterMap().keySet()) {
      if (isExpressionKey(name)) {
        refuse(request, response, name);
        return;
      }
    }
    String contentType = request.getContentType();
    boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    int length = request.getContentLength();
    if (!json || length > MAX_INSPECTED_BODY) {
      chain.doFilter(request, response);
      return;
    }

    byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BODY + 1);
    String key = body.length > MAX_INSPECTED_BODY ? null : expressionKeyIn(body);
    if (key != null) {
      refuse(request, response, key);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  static boolean isGuardedPath(String uri) {
    String path = uri.toLowerCase(Locale.ROOT);
    return path.contains("/task") || path.contains("/filter");
  }

  static boolean isExpressionKey(String key) {
    return key.toLowerCase(Locale.ROOT).endsWith("expression");
  }

  /** The first key anywhere in the JSON document that names an expression, or null. */
  static String expressionKeyIn(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return find(reader.readValue());
    } catch (JsonException e) {
      // Not valid JSON: the REST API answers it with its own 400.
      return null;
    }
  }

  private static String find(JsonValue value) {
    if (value instanceof JsonObject object) {
      for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
        if (isExpressionKey(entry.getKey())) {
          return entry.getKey();
        }
        String nested = find(entry.getValue());
        if (nested != null) {
          return nested;
        }
      }
    } else if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        String nested = find(item);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, String key)
      throws IOException {
    LOG.infof("Refused %s %s from user '%s': query key '%s' carries an expression",
        request.getMethod(), request.getRequestURI(), request.getRemoteUser(), key);
    EngineErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
        "Expressions are not allowed in task or filter queries on this server (key '" + key
            + "'); use the literal value instead");
  }

  /** Replays a body that was read for inspection. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already buffered");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(),
          encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
