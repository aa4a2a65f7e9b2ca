package dev.okr.web.objective;

import java.time.Instant;
import java.time.LocalDate;

/** A cycle; dates are calendar dates in the company's time zone, the end inclusive. */
public record CycleDto(Long id, String code, String name, LocalDate startDate,
    LocalDate endDate, boolean closed, Instant closedAt, String closedBy, long version) {
}
