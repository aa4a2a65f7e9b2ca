package dev.okr.domain.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignmentGraphTest {

  @Test
  void shouldReportEveryRowOfACircleWithItsPath() {
    Map<String, String> parentOf = Map.of("O5", "O6", "O6", "O5", "O9", "O5", "K1", "O1");

    Map<String, String> cycles = AlignmentGraph.cycles(parentOf);

    assertThat(cycles).containsOnlyKeys("O5", "O6");
    assertThat(cycles.get("O5")).isEqualTo("O5 -> O6 -> O5");
    assertThat(cycles.get("O6")).isEqualTo("O6 -> O5 -> O6");
  }

  @Test
  void shouldWalkVeryLongChainsWithoutRecursion() {
    Map<String, String> parentOf = new HashMap<>();
    for (int row = 1; row < 200_000; row++) {
      parentOf.put("O" + row, "O" + (row - 1));
    }
    parentOf.put("O0", "O199999");

    Map<String, String> cycles = AlignmentGraph.cycles(parentOf);

    assertThat(cycles).hasSize(200_000);
    assertThat(cycles.get("O3"))
        .isEqualTo("O3 -> O2 -> O1 -> O0 -> O199999 -> O199998 -> O199997 -> ... -> O3"
            + " (200000 rows)");
  }
}
