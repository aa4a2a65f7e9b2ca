package dev.okr.web.problem;

import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.DomainException;
import dev.okr.domain.shared.InvalidRequestException;
import dev.okr.domain.shared.StaleVersionException;
import dev.okr.domain.shared.StateConflictException;
import dev.okr.domain.shared.UnknownEntityException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one table from domain exception family to HTTP status, type and title. */
final class ExceptionStatus {

  record Entry(int status, String kind, String title) {
  }

  private static final Map<Class<? extends DomainException>, Entry> TABLE =
      new LinkedHashMap<>();

  static {
    TABLE.put(UnknownEntityException.class, new Entry(404, "not-found", "Not found"));
    TABLE.put(InvalidRequestException.class, new Entry(400, "invalid-request",
        "Invalid request"));
    TABLE.put(AccessDeniedException.class, new Entry(403, "forbidden", "Forbidden"));
    TABLE.put(StaleVersionException.class, new Entry(412, "stale-version",
        "Changed by someone else"));
    TABLE.put(StateConflictException.class, new Entry(409, "state-conflict",
        "Conflict with the current state"));
  }

  private ExceptionStatus() {
  }

  static Entry of(DomainException exception) {
    for (Map.Entry<Class<? extends DomainException>, Entry> row : TABLE.entrySet()) {
      if (row.getKey().isInstance(exception)) {
        return row.getValue();
      }
    }
    return new Entry(400, "invalid-request", "Invalid request");
  }
}
