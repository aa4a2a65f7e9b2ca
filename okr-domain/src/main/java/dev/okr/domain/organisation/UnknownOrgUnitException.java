package dev.okr.domain.organisation;

import dev.okr.domain.shared.UnknownEntityException;

/** No org unit has this code. */
public class UnknownOrgUnitException extends UnknownEntityException {

  public UnknownOrgUnitException(String code) {
    super("Org unit", code);
  }
}
