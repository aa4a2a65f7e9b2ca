package dev.okr.domain.shared;

/** A request named an object that does not exist (or that the caller may not know of). */
public class UnknownEntityException extends DomainException {

  private final String entityType;
  private final String identifier;

  public UnknownEntityException(String entityType, Object identifier) {
    super(entityType + " '" + identifier + "' does not exist");
    this.entityType = entityType;
    this.identifier = String.valueOf(identifier);
  }

  public String entityType() {
    return entityType;
  }

  public String identifier() {
    return identifier;
  }
}
