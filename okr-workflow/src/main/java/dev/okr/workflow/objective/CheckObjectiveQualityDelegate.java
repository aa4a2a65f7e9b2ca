package dev.okr.workflow.objective;

import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.ObjectiveService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Runs the {@code okr-key-result-quality} decision on every key result of the submitted
 * objective. Errors (no baseline, target equal to baseline, no unit, no due date, wrong number of
 * key results) send it back to the drafter; warnings (activity-only titles) go to the reviewer.
 */
@Named
@ApplicationScoped
public class CheckObjectiveQualityDelegate implements JavaDelegate {

  @Inject
  ObjectiveService objectives;

  @Override
  public void execute(DelegateExecution execution) {
    long objectiveId = (Long) execution.getVariable(ApprovalProcess.OBJECTIVE_ID);
    List<KeyResult> keyResults = objectives.keyResultsOf(objectiveId);

    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (keyResults.size() < ObjectiveService.MIN_KEY_RESULTS
        || keyResults.size() > ObjectiveService.MAX_KEY_RESULTS) {
      errors.add("目标需要 " + ObjectiveService.MIN_KEY_RESULTS + "-"
          + ObjectiveService.MAX_KEY_RESULTS + " 个关键结果,当前为 " + keyResults.size());
    }
    for (KeyResult kr : keyResults) {
      for (Map<String, Object> finding : evaluate(execution, kr)) {
        String line = "KR" + kr.getPosition() + ": " + finding.get("message");
        if ("ERROR".equals(finding.get("severity"))) {
          errors.add(line);
        } else {
          warnings.add(line);
        }
      }
    }
    boolean passed = errors.isEmpty();
    List<String> findings = new ArrayList<>(errors);
    findings.addAll(warnings);
    String text = findings.isEmpty() ? "未发现问题" : String.join("\n", findings);

    execution.setVariable(ApprovalProcess.QUALITY_PASSED, passed);
    execution.setVariable(ApprovalProcess.QUALITY_FINDINGS, text);
    if (!passed) {
      objectives.returnToDrafter(objectiveId, ApprovalProcess.QUALITY_CHECK_ACTOR, text);
    }
  }

  private static List<Map<String, Object>> evaluate(DelegateExecution execution, KeyResult kr) {
    boolean hasBaseline = kr.getBaseline() != null;
    boolean differs = hasBaseline && kr.getTarget() != null
        && kr.getBaseline().compareTo(kr.getTarget()) != 0;
    return execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey(ApprovalProcess.QUALITY_DECISION_KEY)
        .variables(Variables.createVariables()
            .putValue("hasBaseline", hasBaseline)
            .putValue("targetDiffersFromBaseline", differs)
            .putValue("hasUnit", kr.getUnit() != null)
            .putValue("hasDueDate", kr.getDueDate() != null)
            .putValue("title", kr.getTitle() == null ? "" : kr.getTitle()))
        .evaluate()
        .getResultList();
  }
}
