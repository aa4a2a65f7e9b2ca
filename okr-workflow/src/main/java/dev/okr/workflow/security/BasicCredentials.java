package dev.okr.workflow.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Username and password from an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8).
 * Shared by every okr entry point that accepts Basic authentication.
 */
public record BasicCredentials(String username, String password) {

  private static final String SCHEME = "Basic ";

  /** The credentials in the header; empty when it is missing, another scheme or malformed. */
  public static Optional<BasicCredentials> from(String authorizationHeader) {
    String header = authorizationHeader;
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(SCHEME.length()).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(new BasicCredentials(decoded.substring(0, colon),
        decoded.substring(colon + 1)));
  }

  @Override
  public String toString() {
    return "BasicCredentials[username=" + username + "]";
  }
}
