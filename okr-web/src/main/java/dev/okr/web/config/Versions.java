package dev.okr.web.config;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * ETags are the optimistic-lock versions of the objects they tag. Every change needs the ETag
 * last read in If-Match: none is 428, a stale one 412 (raised by the domain).
 */
public final class Versions {

  private Versions() {
  }

  public static EntityTag tag(long version) {
    return new EntityTag(String.valueOf(version));
  }

  /** Ok with the body and its ETag. */
  public static Response ok(Object body, long version) {
    return Response.ok(body).tag(tag(version)).build();
  }

  /** The version an If-Match header names. */
  public static long expected(String ifMatch, String what) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ClientErrorException("Send the " + what + "'s ETag in If-Match to change it",
          428);
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new BadRequestException("If-Match '" + ifMatch + "' is not an ETag of this API");
    }
  }
}
