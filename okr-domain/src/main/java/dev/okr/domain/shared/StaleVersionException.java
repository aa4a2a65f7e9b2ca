package dev.okr.domain.shared;

/** The caller changed an object on the basis of an outdated version of it. */
public class StaleVersionException extends DomainException {

  public StaleVersionException(String message) {
    super(message);
  }
}
