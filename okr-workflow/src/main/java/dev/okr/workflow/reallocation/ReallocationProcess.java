package dev.okr.workflow.reallocation;

/** Keys, element ids and variable names of the reallocation process. */
public final class ReallocationProcess {

  public static final String PROCESS_KEY = "okr-resource-reallocation";
  public static final String APPROVAL_LEVEL_DECISION = "okr-reallocation-approval-level";
  public static final String BUSINESS_KEY_PREFIX = "reallocation-";

  public static final String APPROVAL_TASK = "Activity_ApproveReallocation";

  public static final String REQUEST_ID = "requestId";
  public static final String RESOURCE_TYPE = "resourceType";
  public static final String AMOUNT = "amount";
  public static final String REQUESTING_REGION = "requestingRegion";
  public static final String GIVING_REGION = "givingRegion";
  public static final String SUMMARY = "reallocationSummary";
  public static final String HQ_APPROVAL_REQUIRED = "hqApprovalRequired";
  public static final String APPROVER_GROUP = "approverGroup";
  public static final String APPROVED = "approved";
  public static final String REJECTION_REASON = "rejectionReason";

  private ReallocationProcess() {
  }
}
