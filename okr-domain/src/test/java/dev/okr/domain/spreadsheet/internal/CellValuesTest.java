package dev.okr.domain.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellValuesTest {

  @Test
  void shouldUnderstandWanAndYiAsChineseSpreadsheetsWriteMoney() {
    assertThat(CellValues.number("300万")).contains(new BigDecimal("3000000"));
    assertThat(CellValues.number("1.2亿")).contains(new BigDecimal("120000000"));
    assertThat(CellValues.number("¥ 5,000万元")).contains(new BigDecimal("50000000"));
  }

  @Test
  void shouldReadFullWidthDigitsAfterNormalisation() {
    assertThat(CellValues.number(CellValues.normalise("７５"))).contains(new BigDecimal("75"));
    assertThat(CellValues.number(CellValues.normalise("￥１，８００，０００")))
        .contains(new BigDecimal("1800000"));
  }

  @Test
  void shouldRefuseACommaThatIsNoThousandsSeparator() {
    assertThat(CellValues.number("6,5")).isEmpty();
    assertThat(CellValues.number("万")).isEmpty();
  }
}
