package dev.okr.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okr.domain.progress.RiskRule.RiskAssessment;
import dev.okr.domain.progress.RiskRule.RiskReason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RiskRuleTest {

  private static final LocalDate START = LocalDate.of(2026, 10, 1);
  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  @Test
  void shouldBeOnTrackWhenProgressKeepsUpWithTimeAndSomeoneCheckedInRecently() {
    RiskAssessment risk = RiskRule.assess(0.5, 8, LocalDate.of(2026, 11, 10), START, END, null,
        LocalDate.of(2026, 11, 15));

    assertThat(risk.light()).isEqualTo(RiskLight.ON_TRACK);
    assertThat(risk.reasons()).isEmpty();
  }

  @Test
  void shouldBeOffTrackWhenFarBehindScheduleAndSayBy() {
    RiskAssessment risk = RiskRule.assess(0.2, 8, LocalDate.of(2026, 12, 1), START, END, null,
        LocalDate.of(2026, 12, 5));

    assertThat(risk.light()).isEqualTo(RiskLight.OFF_TRACK);
    assertThat(risk.reasons()).extracting(RiskReason::text)
        .containsExactly("progress 20% where 72% of the time has passed");
  }

  @Test
  void shouldBeAtRiskWhenNobodyCheckedInForFourteenDays() {
    RiskAssessment risk = RiskRule.assess(0.5, null, LocalDate.of(2026, 11, 1), START, END, null,
        LocalDate.of(2026, 11, 15));

    assertThat(risk.light()).isEqualTo(RiskLight.AT_RISK);
    assertThat(risk.reasons()).extracting(RiskReason::code).containsExactly("STALE");
  }

  @Test
  void shouldTakeLowConfidenceAsOffTrackEvenWhenTheNumbersLookFine() {
    RiskAssessment risk = RiskRule.assess(0.6, 3, LocalDate.of(2026, 11, 14), START, END, null,
        LocalDate.of(2026, 11, 15));

    assertThat(risk.light()).isEqualTo(RiskLight.OFF_TRACK);
    assertThat(risk.reasons()).extracting(RiskReason::text).containsExactly("confidence 3/10");
  }

  @Test
  void shouldKeepAMetTargetOnTrackWhateverElseHolds() {
    RiskAssessment risk = RiskRule.assess(1.0, 2, null, START, END, null,
        LocalDate.of(2026, 12, 20));

    assertThat(risk.light()).isEqualTo(RiskLight.ON_TRACK);
  }
}
