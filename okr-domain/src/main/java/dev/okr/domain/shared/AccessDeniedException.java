package dev.okr.domain.shared;

/** The caller is known but may not do this to this object. */
public class AccessDeniedException extends DomainException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
