package dev.okr.domain.organisation;

import dev.okr.domain.shared.UnknownEntityException;

/** No person with this username works at the company. */
public class UnknownPersonException extends UnknownEntityException {

  public UnknownPersonException(String username) {
    super("Person", username);
  }
}
