package dev.okr.web.config;

import dev.okr.domain.organisation.Directory;
import dev.okr.web.problem.Problem;
import dev.okr.workflow.security.AuthenticatedRequest;
import dev.okr.workflow.security.BasicCredentials;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Authenticates API callers with HTTP Basic against the same people the engine and Tasklist use.
 * The health probe and the OpenAPI document are public; everything else answers 401 with a
 * problem document when credentials are missing or wrong.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiAuthenticationFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> PUBLIC_PATHS =
      Set.of("/api/health", "/api/openapi.json", "/api/openapi.yaml");

  @Inject
  Directory directory;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (PUBLIC_PATHS.contains(path)) {
      chain.doFilter(request, response);
      return;
    }
    String username = BasicCredentials.from(request.getHeader("Authorization"))
        .filter(c -> directory.checkPassword(c.username(), c.password()))
        .map(BasicCredentials::username)
        .orElse(null);
    if (username == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"okr\", charset=\"UTF-8\"");
      Problem.write(response, Problem.of(HttpServletResponse.SC_UNAUTHORIZED,
          "authentication-required", "Authentication required",
          "Send HTTP Basic credentials of an okr user", request.getRequestURI()));
      return;
    }
    chain.doFilter(new AuthenticatedRequest(request, username), response);
  }
}
