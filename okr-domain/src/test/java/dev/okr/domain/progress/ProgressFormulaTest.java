package dev.okr.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.okr.domain.objective.KeyResultKind;
import org.junit.jupiter.api.Test;

class ProgressFormulaTest {

  @Test
  void shouldMeasureAnIncreaseFromBaselineToTarget() {
    assertThat(ProgressFormula.raw(KeyResultKind.INCREASE, 32.0, 45.0, null, 38.0))
        .isCloseTo(0.4615, within(0.0001));
  }

  @Test
  void shouldMeasureADecreaseWithTheSameFormulaAndShowWorseThanBaselineAsNegative() {
    assertThat(ProgressFormula.raw(KeyResultKind.DECREASE, 8.0, 5.0, null, 6.5)).isEqualTo(0.5);
    assertThat(ProgressFormula.raw(KeyResultKind.DECREASE, 12.0, 4.0, null, 13.0))
        .isEqualTo(-0.125);
    assertThat(ProgressFormula.clamp(-0.125)).isZero();
  }

  @Test
  void shouldShowOverAchievementRawAndClampItForRollUps() {
    Double raw = ProgressFormula.raw(KeyResultKind.INCREASE, 100000.0, 200000.0, null, 260000.0);

    assertThat(raw).isEqualTo(1.6);
    assertThat(ProgressFormula.clamp(raw)).isEqualTo(1.0);
  }

  @Test
  void shouldJudgeThresholdsWithoutDividingByZero() {
    assertThat(ProgressFormula.raw(KeyResultKind.STAY_ABOVE, 99.9, 99.9, null, 99.95))
        .isEqualTo(1.0);
    assertThat(ProgressFormula.raw(KeyResultKind.STAY_BELOW, 0.0, 0.0, null, 1.0)).isZero();
    assertThat(ProgressFormula.raw(KeyResultKind.INCREASE, 3.0, 3.0, null, 3.0)).isEqualTo(1.0);
    assertThat(ProgressFormula.raw(KeyResultKind.DECREASE, 5.0, 5.0, null, 6.0)).isZero();
  }

  @Test
  void shouldHoldABandOnlyBetweenItsBounds() {
    assertThat(ProgressFormula.raw(KeyResultKind.WITHIN_BAND, null, 40.0, 45.0, 42.0))
        .isEqualTo(1.0);
    assertThat(ProgressFormula.raw(KeyResultKind.WITHIN_BAND, null, 40.0, 45.0, 46.0)).isZero();
  }

  @Test
  void shouldCountMilestoneStagesDone() {
    assertThat(ProgressFormula.raw(KeyResultKind.MILESTONE, 0.0, 1.0, null, 1.0)).isEqualTo(1.0);
    assertThat(ProgressFormula.raw(KeyResultKind.MILESTONE, null, 4.0, null, 1.0))
        .isEqualTo(0.25);
  }

  @Test
  void shouldNotMeasureAKeyResultWithoutBaselineOrTarget() {
    assertThat(ProgressFormula.raw(KeyResultKind.INCREASE, null, 3.0, null, 1.0)).isNull();
    assertThat(ProgressFormula.raw(KeyResultKind.INCREASE, 0.0, null, null, 1.0)).isNull();
  }
}
