package dev.okr.workflow.calibration;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Test stand-in for the {@code calibrationSchedule} bean: the contract the timer start event of
 * {@code okr-calibration-biweekly} relies on, written independently of the production bean.
 * {@link #cycle()} is {@code R/<next slot>/P14D}, the next slot being the first point strictly
 * after the engine clock on the 14-day grid anchored at Monday 2025-01-06 10:00 Asia/Shanghai.
 */
public class ShanghaiBiweeklyTestSchedule {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final ZonedDateTime ANCHOR = ZonedDateTime.of(2025, 1, 6, 10, 0, 0, 0, BEIJING);
  private static final DateTimeFormatter CYCLE_START =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  public String cycle() {
    return "R/" + CYCLE_START.format(nextSlot()) + "/P14D";
  }

  private static ZonedDateTime nextSlot() {
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(BEIJING);
    long elapsedDays = ChronoUnit.DAYS.between(ANCHOR.toLocalDate(), now.toLocalDate());
    ZonedDateTime slot = ANCHOR.plusDays(Math.max(0, Math.floorDiv(elapsedDays, 14)) * 14);
    while (!slot.isAfter(now)) {
      slot = slot.plusDays(14);
    }
    return slot;
  }
}
