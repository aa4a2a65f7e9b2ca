package dev.okr.domain.shared;

/** The request does not fit the current state of the object, for example a second submission. */
public class StateConflictException extends DomainException {

  public StateConflictException(String message) {
    super(message);
  }
}
