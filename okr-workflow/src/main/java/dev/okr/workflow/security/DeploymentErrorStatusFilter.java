package dev.okr.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Answers a deployment whose file is not even well-formed XML (a truncated upload) with 400
 * instead of the 500 the stock REST API gives: the engine reports it as a plain
 * {@code ProcessEngineException} with code ENGINE-09003, which is the client's mistake, not the
 * server's. The body stays the engine's own, so Camunda Modeler shows its message.
 */
public class DeploymentErrorStatusFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DeploymentErrorStatusFilter.class);
  private static final Pattern UNREADABLE_XML =
      Pattern.compile("\"message\"\\s*:\\s*\"ENGINE-09003 Could not parse");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())
        || !request.getRequestURI().endsWith("/deployment/create")) {
      chain.doFilter(request, response);
      return;
    }
    BufferedResponse buffered = new BufferedResponse(response);
    chain.doFilter(request, buffered);

    byte[] body = buffered.body();
    int status = buffered.getStatus();
    if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
        && UNREADABLE_XML.matcher(new String(body, StandardCharsets.UTF_8)).find()) {
      LOG.debugf("Deployment refused by user '%s': a resource is not well-formed XML",
          request.getRemoteUser());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Holds the body back so the status can still change after the REST API wrote it. */
  private static final class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private PrintWriter writer;
    private final ServletOutputStream stream = new ServletOutputStream() {
      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("deployment answers are written synchronously");
      }

      @Override
      public void write(int b) {
        buffer.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
      }
    };

    BufferedResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        writer = new PrintWriter(new OutputStreamWriter(buffer, encoding == null
            ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
      }
      return writer;
    }

    @Override
    public void setContentLength(int length) {
      // The real length is set when the buffered body is written.
    }

    @Override
    public void setContentLengthLong(long length) {
      // As above.
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return buffer.toByteArray();
    }
  }
}
