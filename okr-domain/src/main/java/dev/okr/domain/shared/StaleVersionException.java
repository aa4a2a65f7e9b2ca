package dev.okr.domain.shared;

/** The caller changed an object on the basis of an outdated version of it. */
public class StaleVersionException extends DomainException {

  public StaleVersionException(String message) {
    super(message);
  }

  public StaleVersionException(String what, Object id, long expected, long actual) {
    this(what + " '" + id + "' was changed by someone else (version " + actual
        + ", you sent " + expected + "); read it again and reapply your change");
  }

  /** Throws unless the version the caller read is the current one. */
  public static void check(String what, Object id, long expected, long actual) {
    if (expected != actual) {
      throw new StaleVersionException(what, id, expected, actual);
    }
  }
}
