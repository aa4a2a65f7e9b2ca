package dev.okr.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.okr.domain.objective.KeyResultKind;
import dev.okr.domain.objective.ProgressSource;
import dev.okr.domain.progress.RollUp.KeyResultFacts;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RollUpTest {

  @Test
  void shouldWeighKeyResultsByNormalisedWeightsAndClampEachOne() {
    RollUp rollUp = new RollUp()
        .keyResult(manual(1, 10, KeyResultKind.DECREASE, 8, 5, 6.5, 40.0))
        .keyResult(manual(2, 10, KeyResultKind.INCREASE, 32, 45, 38, 30.0))
        .keyResult(manual(3, 10, KeyResultKind.MILESTONE, 0, 1, 0, 20.0))
        .keyResult(manual(4, 10, KeyResultKind.INCREASE, 100000, 200000, 260000, 15.0));

    rollUp.compute();

    assertThat(rollUp.keyResult(4).raw()).isCloseTo(1.6, within(1e-9));
    assertThat(rollUp.keyResult(4).clamped()).isEqualTo(1.0);
    assertThat(rollUp.objectiveProgress(10).progress()).isCloseTo(0.4652, within(0.00005));
  }

  @Test
  void shouldRollUpTheSameNumbersFromPersonToCompany() {
    RollUp rollUp = new RollUp()
        .keyResult(aligned(1, 100, 1.0))
        .keyResult(manual(2, 100, KeyResultKind.INCREASE, 0, 10, 5, 1.0))
        .keyResult(aligned(11, 200, null))
        .keyResult(aligned(21, 300, null))
        .keyResult(manual(31, 400, KeyResultKind.INCREASE, 0, 4, 1, null))
        .keyResult(manual(32, 400, KeyResultKind.INCREASE, 0, 4, 3, null))
        .contribution(200, 1, 1.0, null)
        .contribution(300, 11, 1.0, null)
        .contribution(400, 21, 1.0, null);

    rollUp.compute();

    double person = rollUp.objectiveProgress(400).progress();
    assertThat(person).isCloseTo(0.5, within(1e-9));
    assertThat(rollUp.objectiveProgress(300).progress()).isEqualTo(person);
    assertThat(rollUp.objectiveProgress(200).progress()).isEqualTo(person);
    assertThat(rollUp.keyResult(1).clamped()).isEqualTo(person);
    assertThat(rollUp.objectiveProgress(100).progress()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void shouldSumRegionalQuotasIntoTheCompanyNumber() {
    RollUp rollUp = new RollUp()
        .keyResult(new KeyResultFacts(1, 100, KeyResultKind.INCREASE, 0.0, 200e6, null, null,
            null, ProgressSource.SUM_OF_ALIGNED))
        .keyResult(manual(11, 200, KeyResultKind.INCREASE, 0, 80e6, 30e6, null))
        .keyResult(manual(21, 300, KeyResultKind.INCREASE, 0, 120e6, 50e6, null))
        .contribution(200, 1, null, 11L)
        .contribution(300, 1, null, 21L);

    rollUp.compute();

    assertThat(rollUp.keyResult(1).value()).isEqualTo(80e6);
    assertThat(rollUp.keyResult(1).clamped()).isCloseTo(0.4, within(1e-9));
    assertThat(rollUp.keyResult(1).contributors()).hasSize(2);
  }

  @Test
  void shouldIgnoreAnEdgeThatClosesACycleInsteadOfHanging() {
    RollUp rollUp = new RollUp()
        .keyResult(aligned(1, 100, null))
        .keyResult(aligned(2, 200, null))
        .contribution(200, 1, null, null)
        .contribution(100, 2, null, null);

    rollUp.compute();

    assertThat(rollUp.objectiveProgress(100).progress()).isZero();
    assertThat(Stream.concat(rollUp.keyResult(1).contributors().stream(),
            rollUp.keyResult(2).contributors().stream()))
        .extracting(RollUp.Contributor::note)
        .containsOnlyOnce("ignored: closes an alignment cycle");
  }

  @Test
  void shouldGiveTheSameNumbersAfterAnIncrementalCheckInAsAfterAFullComputation() {
    RollUp incremental = chain(6).compute();
    RollUp full = chain(6);

    incremental.checkIn(6001, 3.0);
    full.checkIn(6001, 3.0);
    full.compute();

    assertThat(incremental.objectiveProgress(1).progress())
        .isEqualTo(full.objectiveProgress(1).progress())
        .isCloseTo(0.75, within(1e-9));
  }

  private static RollUp chain(int depth) {
    RollUp rollUp = new RollUp();
    for (int level = 1; level < depth; level++) {
      rollUp.keyResult(aligned(level * 1000 + 1, level, null));
    }
    rollUp.keyResult(manual(depth * 1000 + 1, depth, KeyResultKind.INCREASE, 0, 4, 1, null));
    for (int level = 2; level <= depth; level++) {
      rollUp.contribution(level, (level - 1) * 1000 + 1, null, null);
    }
    return rollUp;
  }

  private static KeyResultFacts manual(long id, long objective, KeyResultKind kind,
      double baseline, double target, double current, Double weight) {
    return new KeyResultFacts(id, objective, kind, baseline, target, null, current, weight,
        ProgressSource.CHECK_INS);
  }

  private static KeyResultFacts aligned(long id, long objective, Double weight) {
    return new KeyResultFacts(id, objective, KeyResultKind.INCREASE, 0.0, 100.0, null, null,
        weight, ProgressSource.ALIGNED_OBJECTIVES);
  }
}
