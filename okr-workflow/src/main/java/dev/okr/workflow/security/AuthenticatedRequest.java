package dev.okr.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;

/** A request whose caller okr has authenticated with HTTP Basic, visible to what runs after. */
public class AuthenticatedRequest extends HttpServletRequestWrapper {

  private final Principal principal;

  public AuthenticatedRequest(HttpServletRequest request, String username) {
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
