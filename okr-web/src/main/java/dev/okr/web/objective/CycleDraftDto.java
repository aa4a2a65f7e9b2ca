package dev.okr.web.objective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A cycle as HQ defines it: a quarter (2026-Q4) or a custom period (2025-11_2026-01). */
public record CycleDraftDto(
    @NotBlank @Size(max = 32) String code,
    @NotBlank @Size(max = 100) String name,
    @NotNull LocalDate startDate,
    @NotNull LocalDate endDate) {
}
