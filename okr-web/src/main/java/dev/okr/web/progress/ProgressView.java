package dev.okr.web.progress;

import dev.okr.domain.objective.ProgressSource;
import dev.okr.domain.progress.ProgressService;
import dev.okr.domain.progress.ProgressService.CycleProgress;
import dev.okr.domain.progress.ProgressService.KeyResultStatus;
import dev.okr.domain.progress.ProgressService.ObjectiveStatusView;
import dev.okr.domain.progress.RiskRule.RiskAssessment;
import dev.okr.domain.progress.RollUp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The computed numbers of a request, handed to mappers as context so every objective and key
 * result in one answer shows figures from the same computation.
 */
public final class ProgressView {

  private final CycleProgress progress;

  public ProgressView(CycleProgress progress) {
    this.progress = progress;
  }

  public ProgressDto objective(long id) {
    ObjectiveStatusView o = progress == null ? null : progress.objective(id);
    if (o == null) {
      return null;
    }
    BigDecimal percent = ProgressService.percent(o.progress().progress());
    return new ProgressDto(percent, percent, null, null, o.score(), o.grade().name(),
        o.finalScore(), risk(o.risk()), terms(o.progress().keyResults(), false));
  }

  public ProgressDto keyResult(long id) {
    KeyResultStatus k = progress == null ? null : progress.keyResult(id);
    if (k == null) {
      return null;
    }
    RollUp.KeyResultProgress p = k.progress();
    boolean summed = p.source() == ProgressSource.SUM_OF_ALIGNED;
    return new ProgressDto(ProgressService.percent(p.clamped()),
        ProgressService.percent(p.raw()), p.value() == null ? null
            : BigDecimal.valueOf(p.value()).stripTrailingZeros(),
        p.source().name(), k.score(), null, null, risk(k.risk()), terms(p.contributors(),
        summed));
  }

  private static ProgressDto.RiskDto risk(RiskAssessment risk) {
    return new ProgressDto.RiskDto(risk.light().name(), ProgressService.percent(risk.expected()),
        risk.reasons().stream()
            .map(r -> new ProgressDto.ReasonDto(r.code(), r.text()))
            .toList());
  }

  private static List<ProgressDto.ContributorDto> terms(List<RollUp.Contributor> terms,
      boolean values) {
    return terms.stream()
        .map(t -> new ProgressDto.ContributorDto(t.kind().name(), t.id(),
            BigDecimal.valueOf(t.share()).setScale(4, RoundingMode.HALF_UP),
            values ? BigDecimal.valueOf(t.progress()).stripTrailingZeros()
                : ProgressService.percent(t.progress()), t.note()))
        .toList();
  }
}
