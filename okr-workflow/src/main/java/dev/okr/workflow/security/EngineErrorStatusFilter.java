package dev.okr.workflow.security;

import dev.okr.workflow.engine.ClientMistakes;
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
 * Gives the stock REST API's 500 answers to client mistakes their proper status; the body stays
 * the engine's own, so Camunda Modeler and Tasklist show its message.
 *
 * <ul>
 *   <li>A deployment whose file is not even well-formed XML (ENGINE-09003, a truncated upload):
 *       400.
 *   <li>A refusal from one of okr's listeners or delegates, marked {@code OKR-<status>} by
 *       {@link ClientMistakes} (a rejection without a reason, a vote by a non-approver): that
 *       status.
 *   <li>An optimistic-locking conflict (two people completing tasks of one process at the same
 *       moment): 409, so the client retries instead of reporting a server fault.
 * </ul>
 */
public class EngineErrorStatusFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(EngineErrorStatusFilter.class);
  private static final Pattern UNREADABLE_XML =
      Pattern.compile("\"message\"\\s*:\\s*\"ENGINE-09003 Could not parse");
  private static final Pattern OPTIMISTIC_LOCKING =
      Pattern.compile("\"type\"\\s*:\\s*\"OptimisticLockingException\"");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if ("GET".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod())
        || "HEAD".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    BufferedResponse buffered = new BufferedResponse(response);
    chain.doFilter(request, buffered);

    byte[] body = buffered.body();
    if (buffered.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
      String text = new String(body, StandardCharsets.UTF_8);
      int status = clientStatus(text);
      if (status != 0) {
        LOG.debugf("%s %s by '%s' refused as a client mistake (%d)", request.getMethod(),
            request.getRequestURI(), request.getRemoteUser(), status);
        response.setStatus(status);
        // The marker only carried the status here; people read the message without it.
        body = ClientMistakes.unmarked(text).getBytes(StandardCharsets.UTF_8);
      }
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static int clientStatus(String body) {
    if (UNREADABLE_XML.matcher(body).find()) {
      return HttpServletResponse.SC_BAD_REQUEST;
    }
    if (OPTIMISTIC_LOCKING.matcher(body).find()) {
      return HttpServletResponse.SC_CONFLICT;
    }
    return ClientMistakes.statusIn(body);
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
        throw new UnsupportedOperationException("engine answers are written synchronously");
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
