package dev.okr.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.okr.domain.progress.CompanyTables.Figures;
import dev.okr.domain.progress.SyntheticCompany.Level;
import dev.okr.domain.progress.SyntheticCompany.ObjectiveRow;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keeps the benchmark's company and its SQL aggregate honest; the benchmark itself is not run. */
class SyntheticCompanyTest {

  @Test
  void shouldGiveEveryPersonOneObjectiveWithThreeKeyResultsAndOneLink() {
    SyntheticCompany company = SyntheticCompany.generate(650, 1);

    long people = company.objectives().stream().filter(o -> o.level() == Level.PERSON).count();

    int chainObjectives = 0;
    for (int depth : SyntheticCompany.CHAIN_DEPTHS) {
      chainObjectives += depth - 1;
    }
    assertThat(company.regions()).isEqualTo(5);
    assertThat(company.teams()).isEqualTo(20);
    assertThat(people).isEqualTo(650 + SyntheticCompany.CHAIN_DEPTHS.length);
    assertThat(company.objectives()).hasSize(1 + 5 + 20 + 650 + chainObjectives);
    assertThat(company.keyResults()).hasSize(3 * company.objectives().size());
    assertThat(company.links()).hasSize(2 * 5 + 20 + 650 + chainObjectives);
  }

  @Test
  void shouldAgreeWithTheRollUpOnObjectivesFedByCheckInsOnly() throws Exception {
    SyntheticCompany company = SyntheticCompany.generate(650, 1);
    RollUp rollUp = company.feed().compute();

    Map<Long, Double> fromSql = new HashMap<>();
    try (CompanyTables tables = CompanyTables.load(company, "synthetic-company-test")) {
      Figures figures = tables.objectiveProgress();
      for (int i = 0; i < figures.count(); i++) {
        fromSql.put(figures.objectiveIds()[i], figures.progress()[i]);
      }
    }

    assertThat(fromSql).hasSize(company.objectives().size());
    for (ObjectiveRow objective : company.objectives()) {
      if (objective.level() == Level.PERSON) {
        assertThat(fromSql.get(objective.id()))
            .isCloseTo(rollUp.objectiveProgress(objective.id()).progress(), within(1e-9));
      }
    }
  }

  @Test
  void shouldRecomputeTwoNodesPerLevelOnACheckInAtTheBottomOfAChain() {
    SyntheticCompany company = SyntheticCompany.generate(650, 1);
    RollUp rollUp = company.feed().compute();

    int recomputed = rollUp.checkIn(company.chainPersonKeyResult(8), 1.0);

    assertThat(recomputed).isEqualTo(2 * 8);
  }
}
