package dev.okr.domain.objective;

import java.time.LocalDate;

/** A cycle as HQ defines it: a quarter or any custom period, end date included. */
public record CycleDraft(String code, String name, LocalDate startDate, LocalDate endDate) {
}
