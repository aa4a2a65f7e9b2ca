package dev.okr.domain.objective;

import dev.okr.domain.shared.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period objectives are set for: usually a quarter, possibly a custom span. Dates are calendar
 * dates in the company's time zone; the end date is inclusive.
 */
@Entity
@Table(name = "okr_cycle")
public class Cycle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(nullable = false)
  private boolean closed;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Version
  private long version;

  protected Cycle() {
  }

  public Cycle(String code, String name, LocalDate startDate, LocalDate endDate) {
    this.code = Objects.requireNonNull(code);
    reschedule(name, startDate, endDate);
  }

  /** Renames the cycle or moves its dates. */
  public final void reschedule(String name, LocalDate startDate, LocalDate endDate) {
    if (endDate.isBefore(startDate)) {
      throw new InvalidRequestException("Cycle '" + code + "' would end (" + endDate
          + ") before it starts (" + startDate + ")");
    }
    this.name = Objects.requireNonNull(name);
    this.startDate = startDate;
    this.endDate = endDate;
  }

  /** Closes the cycle: scores become final and check-ins are refused until it is reopened. */
  public void close(String actor, Instant now) {
    this.closed = true;
    this.closedAt = now;
    this.closedBy = actor;
  }

  public void reopen() {
    this.closed = false;
    this.closedAt = null;
    this.closedBy = null;
  }

  /** Throws {@link CycleClosedException} when the cycle is closed. */
  public void requireOpen() {
    if (closed) {
      throw new CycleClosedException(code);
    }
  }

  /** True when the day lies within the cycle (both ends included). */
  public boolean contains(LocalDate day) {
    return !day.isBefore(startDate) && !day.isAfter(endDate);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public boolean isClosed() {
    return closed;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public long getVersion() {
    return version;
  }
}
