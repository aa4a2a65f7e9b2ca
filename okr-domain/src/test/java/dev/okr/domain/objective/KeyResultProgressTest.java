package dev.okr.domain.objective;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KeyResultProgressTest {

  @Test
  void shouldMeasureIncreaseFromBaselineToTarget() {
    KeyResult signed = keyResult(KeyResultKind.INCREASE, "0", "3", "1");

    assertThat(signed.progress()).isEqualByComparingTo("0.3333");
  }

  @Test
  void shouldMeasureDecreaseTowardsALowerTarget() {
    KeyResult churn = keyResult(KeyResultKind.DECREASE, "8", "5", "6.5");

    assertThat(churn.progress()).isEqualByComparingTo("0.5");
  }

  @Test
  void shouldClampBelowBaselineAndAboveTarget() {
    assertThat(keyResult(KeyResultKind.INCREASE, "50", "75", "40").progress())
        .isEqualByComparingTo("0");
    assertThat(keyResult(KeyResultKind.INCREASE, "50", "75", "90").progress())
        .isEqualByComparingTo("1");
  }

  @Test
  void shouldHaveNoProgressWhenTargetEqualsBaselineOrIsMissing() {
    assertThat(keyResult(KeyResultKind.INCREASE, "3", "3", "3").progress()).isNull();
    assertThat(keyResult(KeyResultKind.INCREASE, null, "3", null).progress()).isNull();
  }

  private static KeyResult keyResult(KeyResultKind kind, String baseline, String target,
      String current) {
    KeyResult kr = new KeyResult(null, 1, new KeyResultDraft("KR", kind, MeasureUnit.COUNT,
        decimal(baseline), decimal(target), LocalDate.of(2026, 12, 31), null, null), null);
    kr.recordValue(decimal(current));
    return kr;
  }

  private static BigDecimal decimal(String value) {
    return value == null ? null : new BigDecimal(value);
  }
}
