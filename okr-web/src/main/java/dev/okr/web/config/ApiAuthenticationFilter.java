package dev.okr.web.config;

import dev.okr.domain.organisation.Directory;
import dev.okr.web.problem.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
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
  private static final String BASIC = "Basic ";

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
    String username = authenticate(request.getHeader("Authorization"));
    if (username == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"okr\", charset=\"UTF-8\"");
      Problem.write(response, Problem.of(HttpServletResponse.SC_UNAUTHORIZED,
          "authentication-required", "Authentication required",
          "Send HTTP Basic credentials of an okr user", request.getRequestURI()));
      return;
    }
    chain.doFilter(new AuthenticatedRequest(request, username), response);
  }

  private String authenticate(String header) {
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String username = decoded.substring(0, colon);
    return directory.checkPassword(username, decoded.substring(colon + 1)) ? username : null;
  }

  /** Carries the authenticated user to JAX-RS's security context. */
  private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

    private final Principal principal;

    AuthenticatedRequest(HttpServletRequest request, String username) {
      super(request);
      this.principal = () -> username;
    }

    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public String getRemoteUser() {
      return principal.getName();
    }

    @Override
    public String getAuthType() {
      return HttpServletRequest.BASIC_AUTH;
    }
  }
}
