package dev.okr.domain.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void shouldAcceptWhatTheColumnsHold() {
    assertThatCode(() -> Numbers.requireValue("target", new BigDecimal("200000000")))
        .doesNotThrowAnyException();
    assertThatCode(() -> Numbers.requireValue("target", new BigDecimal("-12.5000")))
        .doesNotThrowAnyException();
    assertThatCode(() -> Numbers.requireWeight("weight", new BigDecimal("120")))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseWhatTheColumnsCannotHoldWithAReadableReason() {
    assertThatThrownBy(() -> Numbers.requireValue("target", new BigDecimal("1E300")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("too large");
    assertThatThrownBy(() -> Numbers.requireValue("target", new BigDecimal("1E-10")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("4 decimals");
    assertThatThrownBy(() -> Numbers.requireWeight("weight", new BigDecimal("1E40")))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> Numbers.requireDate("endDate", LocalDate.of(99999, 12, 31)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("endDate");
  }
}
