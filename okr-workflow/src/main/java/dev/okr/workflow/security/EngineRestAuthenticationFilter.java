package dev.okr.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if ("OPTIONS".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    BasicCredentials credentials =
        BasicCredentials.from(request.getHeader("Authorization")).orElse(null);
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
    String username = credentials.username();
    if (!identity.checkPassword(username, credentials.password())) {
      LOG.debugf("Refused engine REST request %s %s: bad credentials for user '%s'",
          request.getMethod(), request.getRequestURI(), username);
      challenge(response, "Credentials do not match any okr user");
      return;
    }

    List<String> groups = identity.createGroupQuery().groupMember(username).list()
        .stream().map(Group::getId).toList();
    identity.setAuthentication(username, groups);
    try {
      chain.doFilter(new AuthenticatedRequest(request, username), response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static void challenge(HttpServletResponse response, String message)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"okr engine\"");
    EngineErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException",
        message);
  }
}
