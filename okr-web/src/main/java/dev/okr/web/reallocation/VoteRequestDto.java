package dev.okr.web.reallocation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A vote as an approver sends it; a rejection needs a reason. */
public record VoteRequestDto(@NotNull Boolean approved, @Size(max = 2000) String reason) {
}
