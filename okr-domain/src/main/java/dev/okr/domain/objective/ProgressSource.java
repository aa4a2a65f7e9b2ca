package dev.okr.domain.objective;

/** Where a key result's progress comes from. */
public enum ProgressSource {
  /** The key result's own check-ins (typed by people or written by integrations). */
  CHECK_INS,
  /**
   * The weighted progress of the objectives aligned to it with contributing links (and of KPIs
   * explicitly linked to it). Without any contributor it falls back to its own check-ins.
   */
  ALIGNED_OBJECTIVES,
  /**
   * The sum of the values of the key results that contributing links name (regional quotas adding
   * up to the company number); the sum is then measured like a check-in value.
   */
  SUM_OF_ALIGNED
}
