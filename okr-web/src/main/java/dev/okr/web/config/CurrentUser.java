package dev.okr.web.config;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/** The authenticated caller's username, as {@link ApiAuthenticationFilter} established it. */
public final class CurrentUser {

  private CurrentUser() {
  }

  public static String of(SecurityContext security) {
    if (security == null || security.getUserPrincipal() == null) {
      throw new NotAuthorizedException("Basic realm=\"okr\"");
    }
    return security.getUserPrincipal().getName();
  }
}
