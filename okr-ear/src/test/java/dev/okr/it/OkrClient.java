package dev.okr.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * HTTP calls against the running server as a given demo user, the way API clients and Camunda
 * Modeler make them. Answers keep status, headers and the parsed JSON body.
 */
public final class OkrClient {

  public static final String BASE = System.getProperty("okr.base.url", "http://localhost:8080");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private final String authorization;

  private OkrClient(String authorization) {
    this.authorization = authorization;
  }

  public static OkrClient as(String username, String password) {
    String token = Base64.getEncoder().encodeToString((username + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
    return new OkrClient("Basic " + token);
  }

  public static OkrClient anonymous() {
    return new OkrClient(null);
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  public Answer post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer put(String path, String json, String ifMatch) {
    HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return send(builder);
  }

  /** Sends a request whose body and content type the caller built byte for byte. */
  public Answer postRaw(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Sends a multipart/form-data request with one file field, as a browser form does. */
  public Answer postFile(String path, String field, String fileName, String contentType,
      byte[] content) {
    String boundary = "okr-" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return postRaw(path, "multipart/form-data; boundary=" + boundary, body);
  }

  /** Downloads a file; the answer's body is the raw bytes. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return HTTP.send(request(path).header("Accept", "*/*").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Answer delete(String path, String ifMatch) {
    HttpRequest.Builder builder = request(path).DELETE();
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return send(builder);
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One HTTP answer. */
  public static final class Answer {

    private final HttpResponse<String> response;

    Answer(HttpResponse<String> response) {
      this.response = response;
    }

    public int status() {
      return response.statusCode();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public String body() {
      return response.body();
    }

    public JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (status " + status() + "): " + body(), e);
      }
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}
