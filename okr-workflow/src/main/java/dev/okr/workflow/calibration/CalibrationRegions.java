package dev.okr.workflow.calibration;

import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.organisation.OrgUnitType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;

/** The regions a biweekly round calibrates: every region that has a head. */
@Named
@ApplicationScoped
public class CalibrationRegions {

  @Inject
  Directory directory;

  @Transactional
  public List<String> codes() {
    return directory.orgUnits().stream()
        .filter(u -> u.getType() == OrgUnitType.REGION && u.getHeadUsername() != null)
        .map(OrgUnit::getCode)
        .toList();
  }
}
