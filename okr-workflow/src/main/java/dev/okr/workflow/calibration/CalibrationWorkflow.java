package dev.okr.workflow.calibration;

import dev.okr.domain.calibration.CalibrationService;
import dev.okr.domain.calibration.CalibrationSession;
import dev.okr.domain.objective.AccessRules;
import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.organisation.OrgUnitType;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.jboss.logging.Logger;

/**
 * Starts a region's calibration outside the biweekly timer (an extra meeting, or the first
 * one), on behalf of the region head or HQ strategy.
 */
@ApplicationScoped
public class CalibrationWorkflow {

  private static final Logger LOG = Logger.getLogger(CalibrationWorkflow.class);

  @Inject
  CalibrationService calibrations;

  @Inject
  Directory directory;

  @Inject
  AccessRules access;

  /** Starts the calibration and returns its session, whose report is ready. */
  @Transactional
  public CalibrationSession start(String actorUsername, String regionCode) {
    Employee actor = directory.person(actorUsername);
    OrgUnit region = directory.orgUnit(regionCode);
    if (region.getType() != OrgUnitType.REGION) {
      throw new InvalidRequestException("'" + regionCode + "' is a " + region.getType()
          + ", not a region; calibrations are held per region");
    }
    if (!actorUsername.equals(region.getHeadUsername()) && !access.isStrategist(actor)) {
      throw new AccessDeniedException("Only the head of '" + regionCode
          + "' or HQ strategy may call a calibration of it");
    }

    ProcessInstance instance = BpmPlatform.getDefaultProcessEngine().getRuntimeService()
        .startProcessInstanceByKey(CalibrationProcess.PROCESS_KEY,
            CalibrationProcess.BUSINESS_KEY_PREFIX + regionCode,
            Variables.createVariables().putValue(CalibrationProcess.REGION_CODE, regionCode));
    long sessionId = (Long) BpmPlatform.getDefaultProcessEngine().getRuntimeService()
        .getVariable(instance.getId(), CalibrationProcess.SESSION_ID);

    LOG.infof("Calibration of region '%s' called by '%s' (session '%d', process instance '%s')",
        regionCode, actorUsername, sessionId, instance.getId());
    return calibrations.read(sessionId);
  }
}
