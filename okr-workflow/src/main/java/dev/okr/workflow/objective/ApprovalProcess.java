package dev.okr.workflow.objective;

/** Names shared between {@code okr-setting-approval.bpmn}, its forms and the Java side. */
public final class ApprovalProcess {

  public static final String PROCESS_KEY = "okr-setting-approval";
  public static final String QUALITY_DECISION_KEY = "okr-key-result-quality";
  public static final String BUSINESS_KEY_PREFIX = "objective-";

  public static final String REVIEW_TASK = "Activity_ReviewObjective";
  public static final String REVISE_TASK = "Activity_ReviseObjective";

  public static final String OBJECTIVE_ID = "objectiveId";
  public static final String OBJECTIVE_TITLE = "objectiveTitle";
  public static final String OBJECTIVE_SUMMARY = "objectiveSummary";
  public static final String DRAFTER_ID = "drafterId";
  public static final String REVIEWER_ID = "reviewerId";
  public static final String QUALITY_PASSED = "qualityPassed";
  public static final String QUALITY_FINDINGS = "qualityFindings";
  public static final String APPROVED = "approved";
  public static final String REVIEW_COMMENT = "reviewComment";

  /** Who the audit trail names when the quality check, not a person, returns an objective. */
  public static final String QUALITY_CHECK_ACTOR = "quality-check";

  private ApprovalProcess() {
  }

  public static String businessKey(long objectiveId) {
    return BUSINESS_KEY_PREFIX + objectiveId;
  }
}
