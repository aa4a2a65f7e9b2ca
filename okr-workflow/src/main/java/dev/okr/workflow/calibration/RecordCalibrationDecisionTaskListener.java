package dev.okr.workflow.calibration;

import dev.okr.domain.calibration.CalibrationService;
import dev.okr.workflow.engine.ClientMistakes;
import dev.okr.workflow.engine.TaskActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Records the region head's answers: right battle or not, the assessment, decisions and
 * key-result adjustments (one per line). Leaves {@code reallocationRequested} set for the
 * gateway.
 */
@Named
@ApplicationScoped
public class RecordCalibrationDecisionTaskListener implements TaskListener {

  @Inject
  CalibrationService calibrations;

  @Override
  public void notify(DelegateTask task) {
    long sessionId = (Long) task.getVariable(CalibrationProcess.SESSION_ID);

    ClientMistakes.run(() -> calibrations.recordDecision(sessionId, TaskActor.of(task),
        Boolean.TRUE.equals(task.getVariable(CalibrationProcess.RIGHT_BATTLE)),
        (String) task.getVariable(CalibrationProcess.BATTLE_ASSESSMENT),
        lines(task.getVariable(CalibrationProcess.DECISIONS)),
        lines(task.getVariable(CalibrationProcess.KR_ADJUSTMENTS))));

    task.setVariable(CalibrationProcess.REALLOCATION_REQUESTED,
        Boolean.TRUE.equals(task.getVariable(CalibrationProcess.REALLOCATION_REQUESTED)));
  }

  private static List<String> lines(Object text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.toString().split("\\R"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
  }
}
