package dev.okr.domain.alignment;

/** Whether an aligned objective counts in the progress of the key result above it. */
public enum LinkType {
  /** Counts in the roll-up, with the link's weight. */
  CONTRIBUTING,
  /** Shown in the alignment map, not counted. */
  SUPPORTING
}
