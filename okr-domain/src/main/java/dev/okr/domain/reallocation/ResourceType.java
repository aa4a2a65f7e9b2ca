package dev.okr.domain.reallocation;

/** What a region may lend another: people, budget (CNY) or pre-sales engineer days. */
public enum ResourceType {
  PEOPLE("人"),
  BUDGET("元预算"),
  PRESALES_DAYS("售前人天");

  private final String label;

  ResourceType(String label) {
    this.label = label;
  }

  /** How people write the unit after an amount: "10 售前人天". */
  public String label() {
    return label;
  }
}
