package dev.okr.workflow.calibration;

import dev.okr.domain.calibration.CalibrationService;
import dev.okr.domain.calibration.CalibrationSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Opens the region's calibration session with its report generated from live data. */
@Named
@ApplicationScoped
public class PrepareCalibrationReportDelegate implements JavaDelegate {

  @Inject
  CalibrationService calibrations;

  @Override
  public void execute(DelegateExecution execution) {
    CalibrationSession session = calibrations.open(
        (String) execution.getVariable(CalibrationProcess.REGION_CODE),
        execution.getProcessInstanceId());

    execution.setVariable(CalibrationProcess.SESSION_ID, session.getId());
    execution.setVariable(CalibrationProcess.REGION_HEAD,
        session.getRegion().getHeadUsername());
    execution.setVariable(CalibrationProcess.REPORT_SUMMARY, session.getReportSummary());
  }
}
