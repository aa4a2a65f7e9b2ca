package dev.okr.workflow.calibration;

import dev.okr.domain.calibration.CalibrationService;
import dev.okr.domain.calibration.RiskInput;
import dev.okr.domain.calibration.RiskSeverity;
import dev.okr.workflow.engine.ClientMistakes;
import dev.okr.workflow.engine.TaskActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Records the risks the challenger entered in the review form as structured risks of the
 * session, and gives the region head a summary of them.
 */
@Named
@ApplicationScoped
public class RecordChallengerRisksTaskListener implements TaskListener {

  @Inject
  CalibrationService calibrations;

  @Override
  public void notify(DelegateTask task) {
    long sessionId = (Long) task.getVariable(CalibrationProcess.SESSION_ID);
    List<RiskInput> risks = new ArrayList<>();
    for (int row = 1; row <= CalibrationProcess.RISK_ROWS; row++) {
      risks.add(new RiskInput(text(task, CalibrationProcess.riskKeyResult(row)),
          text(task, CalibrationProcess.riskDescription(row)),
          severity(text(task, CalibrationProcess.riskSeverity(row)))));
    }

    ClientMistakes.run(() -> calibrations.recordChallenge(sessionId, TaskActor.of(task), risks,
        text(task, CalibrationProcess.CHALLENGE_SUMMARY)));

    task.setVariable(CalibrationProcess.CHALLENGER_RISKS_SUMMARY,
        calibrations.risksSummary(sessionId));
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static RiskSeverity severity(String value) {
    if (value == null || value.isBlank()) {
      return RiskSeverity.MEDIUM;
    }
    try {
      return RiskSeverity.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ClientMistakes.refusal(400, "Severity '" + value + "' is one of HIGH, MEDIUM, LOW");
    }
  }
}
