package dev.okr.domain.organisation;

/** What a person does; decides the kind of goals the person works with. */
public enum EmployeeRole {
  HQ_STRATEGY(false),
  REGION_HEAD(false),
  PROVINCE_MANAGER(false),
  SALES(true),
  PRESALES(false),
  DELIVERY(true),
  RND(false),
  ADMINISTRATOR(false);

  private final boolean executionType;

  EmployeeRole(boolean executionType) {
    this.executionType = executionType;
  }

  /** Execution-type positions keep KPIs besides OKRs; creative-type positions work on OKRs. */
  public boolean isExecutionType() {
    return executionType;
  }
}
