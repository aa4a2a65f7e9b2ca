package dev.okr.domain.objective;

/** Who may read an objective; private objectives still count in every roll-up. */
public enum Visibility {
  /** Everyone in the company, once published. */
  PUBLIC,
  /** The owner, the heads of the owning unit and of the units above it, and HQ strategy. */
  PRIVATE
}
