package dev.okr.domain.spreadsheet;

import dev.okr.domain.objective.KeyResultKind;
import dev.okr.domain.objective.MeasureUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lays out objectives and key results in the columns of the import, so that an exported file
 * imports again into the same plan. Each objective is followed by its key results; key results
 * repeat their objective's level, region and cycle.
 */
public final class PlanSheet {

  private PlanSheet() {
  }

  /**
   * The sheet of the given objectives, ordered as given.
   *
   * @param name the sheet name, used in XLSX only
   */
  public static SheetContent of(String name, List<PlannedObjective> objectives) {
    List<List<Object>> rows = new ArrayList<>();
    for (PlannedObjective objective : objectives) {
      rows.add(objectiveRow(objective));
      objective.keyResults().forEach(keyResult -> rows.add(keyResultRow(objective, keyResult)));
    }
    return new SheetContent(name, ImportColumn.headers(), rows);
  }

  private static List<Object> objectiveRow(PlannedObjective objective) {
    Object[] cells = commonCells(objective);
    cells[ImportColumn.ROW_ID.ordinal()] = objective.rowId();
    cells[ImportColumn.TYPE.ordinal()] = "objective";
    cells[ImportColumn.PARENT_ROW_ID.ordinal()] = objective.parentRowId();
    cells[ImportColumn.OWNER_EMAIL.ordinal()] = objective.ownerEmail();
    cells[ImportColumn.TITLE.ordinal()] = objective.title();
    cells[ImportColumn.NOTES.ordinal()] = objective.notes();
    return Arrays.asList(cells);
  }

  private static List<Object> keyResultRow(PlannedObjective objective,
      PlannedKeyResult keyResult) {
    Object[] cells = commonCells(objective);
    cells[ImportColumn.ROW_ID.ordinal()] = keyResult.rowId();
    cells[ImportColumn.TYPE.ordinal()] = "key_result";
    cells[ImportColumn.PARENT_ROW_ID.ordinal()] = objective.rowId();
    cells[ImportColumn.OWNER_EMAIL.ordinal()] = keyResult.ownerEmail();
    cells[ImportColumn.TITLE.ordinal()] = keyResult.title();
    cells[ImportColumn.METRIC_TYPE.ordinal()] = metricType(keyResult.kind(), keyResult.unit());
    cells[ImportColumn.DIRECTION.ordinal()] = direction(keyResult.kind());
    cells[ImportColumn.UNIT.ordinal()] = keyResult.unitLabel();
    cells[ImportColumn.CURRENCY.ordinal()] = keyResult.currency();
    cells[ImportColumn.START_VALUE.ordinal()] = keyResult.startValue();
    cells[ImportColumn.TARGET_VALUE.ordinal()] = keyResult.targetValue();
    cells[ImportColumn.CURRENT_VALUE.ordinal()] = keyResult.currentValue();
    cells[ImportColumn.WEIGHT.ordinal()] = keyResult.weight();
    cells[ImportColumn.NOTES.ordinal()] = keyResult.notes();
    return Arrays.asList(cells);
  }

  private static Object[] commonCells(PlannedObjective objective) {
    Object[] cells = new Object[ImportColumn.values().length];
    cells[ImportColumn.LEVEL.ordinal()] = objective.level().name().toLowerCase(Locale.ROOT);
    cells[ImportColumn.CYCLE_CODE.ordinal()] = objective.cycleCode();
    cells[ImportColumn.START_DATE.ordinal()] = objective.startDate();
    cells[ImportColumn.END_DATE.ordinal()] = objective.endDate();
    cells[ImportColumn.REGION.ordinal()] = objective.regionCode();
    return cells;
  }

  /** The spreadsheet's metric_type of a key result; a key result without unit is a number. */
  public static String metricType(KeyResultKind kind, MeasureUnit unit) {
    if (kind == KeyResultKind.MILESTONE) {
      return "milestone";
    }
    return unit == null ? "number" : switch (unit) {
      case PERCENT -> "percentage";
      case CURRENCY -> "currency";
      case COUNT -> "number";
    };
  }

  /**
   * The spreadsheet's direction of a key-result kind; a band is written "within", which the
   * import refuses since it has no column for the band's upper bound.
   */
  public static String direction(KeyResultKind kind) {
    return switch (kind) {
      case INCREASE -> "increase";
      case DECREASE -> "decrease";
      case STAY_ABOVE -> "maintain_above";
      case STAY_BELOW -> "maintain_below";
      case MILESTONE -> "achieve";
      case WITHIN_BAND -> "within";
    };
  }
}
