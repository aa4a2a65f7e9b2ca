package dev.okr.domain.shared;

/** The request is well formed but breaks a business rule about its content. */
public class InvalidRequestException extends DomainException {

  public InvalidRequestException(String message) {
    super(message);
  }
}
