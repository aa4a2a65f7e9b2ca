package dev.okr.workflow.calibration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * When calibrations happen: every 14 days on the grid anchored at Monday 2025-01-06 10:00 in
 * Beijing time, computed with java.time in Asia/Shanghai, so neither the server's time zone nor
 * a redeploy moves it. The timer start event of {@code okr-calibration-biweekly} evaluates
 * {@link #cycle()} and the engine re-evaluates it each time it fires
 * ({@code reevaluateTimeCycleWhenDue}): the next due date is always the next grid slot, and
 * after downtime one overdue run is followed by the next slot, not by a burst of missed ones.
 */
@Named
@ApplicationScoped
public class CalibrationSchedule {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  public static final ZonedDateTime ANCHOR = ZonedDateTime.of(2025, 1, 6, 10, 0, 0, 0, ZONE);
  public static final int DAYS_BETWEEN = 14;

  /** The timer cycle: "R/" + next slot + "/P14D". */
  public String cycle() {
    return "R/" + nextSlot(ClockUtil.getCurrentTime().toInstant())
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P" + DAYS_BETWEEN + "D";
  }

  /** The first slot strictly after the instant. */
  public static ZonedDateTime nextSlot(Instant after) {
    ZonedDateTime now = after.atZone(ZONE);
    long days = Duration.between(ANCHOR.toLocalDate().atStartOfDay(ZONE),
        now.toLocalDate().atStartOfDay(ZONE)).toDays();
    long periods = Math.max(0, Math.floorDiv(days, DAYS_BETWEEN));
    ZonedDateTime slot = ANCHOR.plusDays(periods * DAYS_BETWEEN);
    while (!slot.isAfter(now)) {
      slot = slot.plusDays(DAYS_BETWEEN);
    }
    return slot;
  }
}
