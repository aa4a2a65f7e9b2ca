package dev.okr.workflow.calibration;

/** Keys, element ids and variable names of the calibration processes. */
public final class CalibrationProcess {

  public static final String BIWEEKLY_KEY = "okr-calibration-biweekly";
  public static final String PROCESS_KEY = "okr-calibration";
  public static final String BUSINESS_KEY_PREFIX = "calibration-";

  public static final String CHALLENGE_TASK = "Activity_ChallengeReview";
  public static final String DECISION_TASK = "Activity_HeadDecision";

  public static final String REGION_CODE = "regionCode";
  public static final String SESSION_ID = "sessionId";
  public static final String REGION_HEAD = "regionHeadUsername";
  public static final String REPORT_SUMMARY = "reportSummary";
  public static final String CHALLENGER = "challengerUsername";
  public static final String CHALLENGER_RISKS_SUMMARY = "challengerRisksSummary";
  public static final String CHALLENGE_SUMMARY = "challengeSummary";
  public static final String RIGHT_BATTLE = "rightBattle";
  public static final String BATTLE_ASSESSMENT = "battleAssessment";
  public static final String DECISIONS = "decisions";
  public static final String KR_ADJUSTMENTS = "krAdjustments";
  public static final String REALLOCATION_REQUESTED = "reallocationRequested";
  public static final String REALLOCATION_GIVING_REGION = "reallocationGivingRegion";
  public static final String REALLOCATION_RESOURCE_TYPE = "reallocationResourceType";
  public static final String REALLOCATION_AMOUNT = "reallocationAmount";
  public static final String REALLOCATION_KEY_ACCOUNT = "reallocationKeyAccount";
  public static final String REALLOCATION_REASON = "reallocationReason";
  public static final String REALLOCATION_GAINING = "reallocationGainingKeyResults";
  public static final String REALLOCATION_LOSING = "reallocationLosingKeyResults";

  /** Risk rows of the challenge form: risk1KeyResult, risk1Description, risk1Severity, ... */
  public static final int RISK_ROWS = 3;

  private CalibrationProcess() {
  }

  public static String riskKeyResult(int row) {
    return "risk" + row + "KeyResult";
  }

  public static String riskDescription(int row) {
    return "risk" + row + "Description";
  }

  public static String riskSeverity(int row) {
    return "risk" + row + "Severity";
  }
}
