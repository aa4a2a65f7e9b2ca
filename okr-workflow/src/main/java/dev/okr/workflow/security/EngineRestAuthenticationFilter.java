package dev.okr.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.jboss.logging.Logger;

/**
 * HTTP Basic authentication for Camunda's REST API against the engine's identity (okr's people).
 * Every request must authenticate; failures get 401 with a JSON body and a Basic challenge, never
 * a redirect, so Camunda Modeler can say that the credentials do not match. The authenticated
 * user and groups are set on the engine for the request, so its authorizations apply.
 */
public class EngineRestAuthenticationFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(EngineRestAuthenticationFilter.class);
  private static final String BASIC = "Basic ";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if ("OPTIONS".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String[] credentials = credentials(request.getHeader("Authorization"));
    if (credentials == null) {
      challenge(response, "Authentication required: send HTTP Basic credentials of an okr user");
      return;
    }
    ProcessEngine engine = BpmPlatform.getDefaultProcessEngine();
    if (engine == null) {
      EngineErrors.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "ProcessEngineException", "The process engine is not running yet; retry shortly");
      return;
    }
    IdentityService identity = engine.getIdentityService();
    if (!identity.checkPassword(credentials[0], credentials[1])) {
      LOG.debugf("Refused engine REST request %s %s: bad credentials for user '%s'",
          request.getMethod(), request.getRequestURI(), credentials[0]);
      challenge(response, "Credentials do not match any okr user");
      return;
    }

    List<String> groups = identity.createGroupQuery().groupMember(credentials[0]).list()
        .stream().map(Group::getId).toList();
    identity.setAuthentication(credentials[0], groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String[] credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length())
          .trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void challenge(HttpServletResponse response, String message)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"okr engine\"");
    EngineErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException",
        message);
  }
}
