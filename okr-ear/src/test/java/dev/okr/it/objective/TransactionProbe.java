package dev.okr.it.objective;

import dev.okr.domain.objective.ObjectiveService;
import dev.okr.workflow.objective.ObjectiveSubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.BpmPlatform;

/** Runs a domain change and an engine command in one JTA transaction, then lets one fail. */
@ApplicationScoped
public class TransactionProbe {

  @Inject
  ObjectiveSubmissionService submissions;

  @Inject
  ObjectiveService objectives;

  /** Starts the approval process, then breaks a domain rule in the same transaction. */
  @Transactional
  public void submitThenFailInDomain(String actor, long objectiveId) {
    submissions.submit(actor, objectiveId);
    objectives.markSubmitted(actor, objectiveId);
  }

  /** Changes the objective in the domain, then has the engine fail in the same transaction. */
  @Transactional
  public void changeDomainThenFailInEngine(String actor, long objectiveId) {
    objectives.markSubmitted(actor, objectiveId);
    BpmPlatform.getDefaultProcessEngine().getRuntimeService()
        .startProcessInstanceByKey("okr-no-such-process");
  }
}
