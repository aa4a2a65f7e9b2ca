package dev.okr.workflow.calibration;

import dev.okr.domain.calibration.CalibrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Escalates an overdue challenge review or head decision (the boundary timer says which). */
@Named
@ApplicationScoped
public class EscalateCalibrationDelegate implements JavaDelegate {

  @Inject
  CalibrationService calibrations;

  @Override
  public void execute(DelegateExecution execution) {
    String overdue = execution.getCurrentActivityId().contains("Review")
        ? "challenge review overdue for 3 days" : "region head's decision overdue for 3 days";
    calibrations.escalate((Long) execution.getVariable(CalibrationProcess.SESSION_ID),
        overdue);
  }
}
