package dev.okr.domain.spreadsheet;

import java.util.Optional;

/**
 * What validation needs to know about the data already stored, answered by the service that
 * persists the plan. Consulted once per row while planning, so a plan is final: every accepted row
 * refers to known people, known regions and cycles whose dates agree with the stored ones.
 * Arguments are normalised: e-mails in lower case, codes trimmed.
 */
public interface ImportContext {

  /** Whether a person with this e-mail address exists and may own objectives. */
  boolean isKnownPerson(String email);

  /** Whether a region with this code exists; only asked for non-empty region cells. */
  boolean isKnownRegion(String code);

  /** The stored cycle with this code, or empty when the import would create it. */
  Optional<CycleSpan> existingCycle(String code);
}
