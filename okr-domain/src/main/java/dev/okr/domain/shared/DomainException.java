package dev.okr.domain.shared;

/**
 * A business rule refused a request. Subclasses name the rule; the web edge maps each family
 * (unknown, invalid, conflict, forbidden) to one HTTP status. Unchecked, so a transaction that
 * throws it rolls back.
 */
public abstract class DomainException extends RuntimeException {

  protected DomainException(String message) {
    super(message);
  }
}
