package dev.okr.workflow.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CalibrationScheduleTest {

  @Test
  void shouldRollAPastAnchorForwardOnTheFourteenDayGrid() {
    ZonedDateTime next = CalibrationSchedule.nextSlot(
        OffsetDateTime.parse("2025-03-05T09:00:00+08:00").toInstant());

    assertThat(next.toOffsetDateTime()).isEqualTo("2025-03-17T10:00:00+08:00");
  }

  @Test
  void shouldGiveTheFollowingSlotAtTheExactMomentOfASlot() {
    ZonedDateTime next = CalibrationSchedule.nextSlot(
        OffsetDateTime.parse("2025-03-17T10:00:00+08:00").toInstant());

    assertThat(next.toOffsetDateTime()).isEqualTo("2025-03-31T10:00:00+08:00");
  }

  @Test
  void shouldStayAtTenInBeijingWhenEuropeChangesToSummerTime() {
    ZonedDateTime next = CalibrationSchedule.nextSlot(
        OffsetDateTime.parse("2025-03-30T12:00:00+02:00").toInstant());

    assertThat(next.toOffsetDateTime()).isEqualTo("2025-03-31T10:00:00+08:00");
  }

  @Test
  void shouldResumeTheGridAfterDowntimeInsteadOfReplayingMissedSlots() {
    ZonedDateTime next = CalibrationSchedule.nextSlot(
        OffsetDateTime.parse("2025-05-01T12:00:00+08:00").toInstant());

    assertThat(next.toOffsetDateTime()).isEqualTo("2025-05-12T10:00:00+08:00");
    assertThat(next.getDayOfWeek().name()).isEqualTo("MONDAY");
  }
}
