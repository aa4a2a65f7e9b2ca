package dev.okr.domain.spreadsheet;

import java.time.LocalDate;
import java.util.Objects;

/** The dates of a cycle, both inclusive; the end is never before the start. */
public record CycleSpan(LocalDate start, LocalDate end) {

  public CycleSpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("cycle ends " + end + " before it starts " + start);
    }
  }

  /** The span as people write it: {@code 2025-07-01..2025-09-30}. */
  @Override
  public String toString() {
    return start + ".." + end;
  }
}
