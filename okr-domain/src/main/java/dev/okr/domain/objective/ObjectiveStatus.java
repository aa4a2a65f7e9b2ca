package dev.okr.domain.objective;

/** Life cycle of an objective: drafted, reviewed by the drafter's superior, then published. */
public enum ObjectiveStatus {
  /** Being written; only the drafter sees and edits it. */
  DRAFT,
  /** Submitted; the review process runs and the objective cannot be edited. */
  IN_REVIEW,
  /** Sent back by the quality check or the reviewer; editable, to be submitted again. */
  RETURNED,
  /** Approved and visible to the company; progress counts from now on. */
  PUBLISHED;

  public boolean isEditable() {
    return this == DRAFT || this == RETURNED;
  }
}
