package dev.okr.workflow.calibration;

import dev.okr.domain.calibration.CalibrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Random;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Picks the session's challenger from another region (rule in CalibrationService). */
@Named
@ApplicationScoped
public class PickChallengerDelegate implements JavaDelegate {

  private final Random random = new SecureRandom();

  @Inject
  CalibrationService calibrations;

  @Override
  public void execute(DelegateExecution execution) {
    long sessionId = (Long) execution.getVariable(CalibrationProcess.SESSION_ID);
    execution.setVariable(CalibrationProcess.CHALLENGER,
        calibrations.pickChallenger(sessionId, random).getUsername());
  }
}
