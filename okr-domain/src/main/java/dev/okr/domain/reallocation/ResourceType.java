package dev.okr.domain.reallocation;

/** What a region may lend another: people, budget (CNY) or pre-sales engineer days. */
public enum ResourceType {
  PEOPLE,
  BUDGET,
  PRESALES_DAYS
}
