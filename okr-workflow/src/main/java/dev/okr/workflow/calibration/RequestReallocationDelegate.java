package dev.okr.workflow.calibration;

import dev.okr.domain.calibration.CalibrationService;
import dev.okr.domain.objective.ObjectiveService;
import dev.okr.domain.reallocation.ReallocationDraft;
import dev.okr.domain.reallocation.ReallocationRequest;
import dev.okr.domain.reallocation.ResourceType;
import dev.okr.workflow.engine.ClientMistakes;
import dev.okr.workflow.reallocation.ReallocationWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Starts the reallocation the region head asked for in the calibration decision, in the head's
 * name, with the key results it serves and weakens (named by code in the form), and records it
 * as a decision of the session.
 */
@Named
@ApplicationScoped
public class RequestReallocationDelegate implements JavaDelegate {

  @Inject
  ReallocationWorkflow reallocations;

  @Inject
  CalibrationService calibrations;

  @Inject
  ObjectiveService objectives;

  @Override
  public void execute(DelegateExecution execution) {
    long sessionId = (Long) execution.getVariable(CalibrationProcess.SESSION_ID);
    String head = (String) execution.getVariable(CalibrationProcess.REGION_HEAD);
    Object amount = execution.getVariable(CalibrationProcess.REALLOCATION_AMOUNT);
    Object type = execution.getVariable(CalibrationProcess.REALLOCATION_RESOURCE_TYPE);
    ReallocationDraft draft = new ReallocationDraft(
        (String) execution.getVariable(CalibrationProcess.REGION_CODE),
        (String) execution.getVariable(CalibrationProcess.REALLOCATION_GIVING_REGION),
        type == null ? null : ResourceType.valueOf(type.toString().toUpperCase(Locale.ROOT)),
        amount == null ? null : new BigDecimal(amount.toString()),
        (String) execution.getVariable(CalibrationProcess.REALLOCATION_KEY_ACCOUNT),
        (String) execution.getVariable(CalibrationProcess.REALLOCATION_REASON),
        List.of(), List.of());

    ClientMistakes.run(() -> {
      ReallocationRequest request = reallocations.request(head, withKeyResults(draft,
          keyResultIds(execution.getVariable(CalibrationProcess.REALLOCATION_GAINING)),
          keyResultIds(execution.getVariable(CalibrationProcess.REALLOCATION_LOSING))),
          sessionId);
      calibrations.recordReallocation(sessionId, request, head);
    });
  }

  /** Ids of the key results named by code in a comma-separated form field. */
  private List<Long> keyResultIds(Object codes) {
    if (codes == null || codes.toString().isBlank()) {
      return List.of();
    }
    return Arrays.stream(codes.toString().split("[,，、\\s]+"))
        .filter(code -> !code.isBlank())
        .map(code -> objectives.keyResultIdByCode(code.strip()))
        .toList();
  }

  private static ReallocationDraft withKeyResults(ReallocationDraft draft, List<Long> gaining,
      List<Long> losing) {
    return new ReallocationDraft(draft.requestingRegion(), draft.givingRegion(),
        draft.resourceType(), draft.amount(), draft.keyAccount(), draft.reason(), gaining,
        losing);
  }
}
