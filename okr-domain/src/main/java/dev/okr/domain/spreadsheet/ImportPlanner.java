package dev.okr.domain.spreadsheet;

import dev.okr.domain.objective.KeyResultKind;
import dev.okr.domain.objective.MeasureUnit;
import dev.okr.domain.shared.InvalidRequestException;
import dev.okr.domain.shared.Numbers;
import dev.okr.domain.spreadsheet.internal.AlignmentGraph;
import dev.okr.domain.spreadsheet.internal.CellValues;
import dev.okr.domain.spreadsheet.internal.CyclePeriods;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Validates the rows of an OKR spreadsheet and turns the valid ones into an {@link ImportPlan}.
 * Stateless and thread-safe; it reads the stored data only through the {@link ImportContext}.
 *
 * <p>The import is row by row: a row breaking a rule is rejected with its reasons and the rest
 * is imported, except that rows under a rejected row are rejected too. The rules:
 *
 * <ul>
 *   <li>Every cell but title and notes is NFKC-normalised; every cell is trimmed (ideographic
 *       spaces included). Numbers may use
 *       thousands separators; percentage values may end in {@code %}, but mixing {@code 40%} with
 *       a bare {@code 0.6} in one row is ambiguous and rejected. Dates are {@code yyyy-MM-dd} or
 *       {@code yyyy/MM/dd}.
 *   <li>A cycle code {@code 2025-Q3} or {@code 2025-11_2026-01} must carry exactly its dates;
 *       other codes take the row's dates. All rows of a code, and a stored cycle of that code,
 *       must agree on the dates; the end may not precede the start.
 *   <li>Owners are identified by e-mail only, and must be known; regions must be known, are
 *       required at region level and absent at company level.
 *   <li>A key result belongs to an objective of the same cycle; an objective may align to
 *       another objective, never to itself or in a circle.
 *   <li>Weights are either given for all key results of an objective or for none (equal
 *       weights); a sum other than 100 is normalised with a warning.
 * </ul>
 */
public final class ImportPlanner {

  private static final Logger LOG = Logger.getLogger(ImportPlanner.class);

  private static final String OBJECTIVE = "objective";
  private static final String KEY_RESULT = "key_result";
  private static final String DEFAULT_CURRENCY = "CNY";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /**
   * Validates a table read by {@link SpreadsheetReader}.
   *
   * @throws UnreadableSpreadsheetException when a required column is missing or the table has no
   *     data rows; problems of single rows are reported in the plan instead
   */
  public ImportPlan plan(SpreadsheetTable table, ImportContext context) {
    table.requireColumns(ImportColumn.requiredHeaders());
    if (table.rows().isEmpty()) {
      throw new UnreadableSpreadsheetException(
          "Spreadsheet cannot be imported: the file has a header but no data rows");
    }

    List<RowDraft> drafts = new ArrayList<>();
    for (SpreadsheetRow row : table.rows()) {
      drafts.add(parse(row, context));
    }
    Map<String, RowDraft> byId = indexById(drafts);
    checkCycleDates(drafts);
    Map<String, String> parentOf = checkParents(byId);
    Set<String> circular = checkCircles(parentOf, byId);
    checkWeightsAndCurrencies(byId);
    rejectUnderRejectedParents(byId, parentOf, circular);

    List<PlannedObjective> objectives = assemble(drafts);
    List<RowReport> reports = drafts.stream().map(RowDraft::report).toList();
    LOG.debugf("Planned spreadsheet import of %d rows: %d objectives accepted, %d rows rejected",
        drafts.size(), objectives.size(),
        reports.stream().filter(report -> !report.isAccepted()).count());
    return new ImportPlan(table.format(), table.encoding(), objectives, reports);
  }

  private static RowDraft parse(SpreadsheetRow row, ImportContext context) {
    RowDraft draft = new RowDraft(row);
    draft.rowId = draft.text(ImportColumn.ROW_ID);
    if (draft.rowId.isEmpty()) {
      draft.reject(ImportColumn.ROW_ID, "row_id is empty");
    }
    draft.type = draft.text(ImportColumn.TYPE).toLowerCase(Locale.ROOT);
    if (!draft.isObjective() && !draft.isKeyResult()) {
      draft.reject(ImportColumn.TYPE,
          "type '" + draft.type + "' is neither objective nor key_result");
    }
    draft.parentId = draft.optional(ImportColumn.PARENT_ROW_ID);
    draft.title = draft.text(ImportColumn.TITLE);
    if (draft.title.isEmpty()) {
      draft.reject(ImportColumn.TITLE, "title is empty");
    }
    draft.notes = draft.optional(ImportColumn.NOTES);

    parseLevelAndRegion(draft, context);
    parseCycle(draft, context);
    parseOwner(draft, context);
    if (draft.isKeyResult()) {
      parseMeasure(draft);
    } else if (draft.isObjective()) {
      warnAboutMetricCells(draft);
    }
    return draft;
  }

  private static void parseLevelAndRegion(RowDraft draft, ImportContext context) {
    String level = draft.text(ImportColumn.LEVEL).toLowerCase(Locale.ROOT);
    if (!level.isEmpty()) {
      try {
        draft.level = ObjectiveLevel.valueOf(level.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        draft.reject(ImportColumn.LEVEL,
            "level '" + level + "' is not one of company, region, team");
      }
    } else if (draft.isObjective()) {
      draft.reject(ImportColumn.LEVEL, "level is empty; use company, region or team");
    }

    draft.region = draft.optional(ImportColumn.REGION);
    if (draft.isObjective() && draft.level == ObjectiveLevel.REGION && draft.region == null) {
      draft.reject(ImportColumn.REGION, "a region-level objective needs a region");
    }
    if (draft.isObjective() && draft.level == ObjectiveLevel.COMPANY && draft.region != null) {
      draft.reject(ImportColumn.REGION,
          "a company-level objective has no region, but region is '" + draft.region + "'");
    }
    if (draft.region != null && !context.isKnownRegion(draft.region)) {
      draft.reject(ImportColumn.REGION, "region '" + draft.region + "' is unknown");
    }
  }

  private static void parseCycle(RowDraft draft, ImportContext context) {
    draft.cycleCode = draft.optional(ImportColumn.CYCLE_CODE);
    if (draft.cycleCode == null) {
      draft.reject(ImportColumn.CYCLE_CODE, "cycle_code is empty");
    }
    LocalDate start = draft.date(ImportColumn.START_DATE);
    LocalDate end = draft.date(ImportColumn.END_DATE);
    if (start == null || end == null) {
      return;
    }
    if (end.isBefore(start)) {
      draft.reject(ImportColumn.END_DATE,
          "end_date " + end + " is before start_date " + start);
      return;
    }

    draft.span = new CycleSpan(start, end);
    if (draft.cycleCode == null) {
      return;
    }
    try {
      Optional<CycleSpan> implied = CyclePeriods.implied(draft.cycleCode);
      if (implied.isPresent() && !implied.get().equals(draft.span)) {
        draft.reject(ImportColumn.CYCLE_CODE, "cycle_code " + draft.cycleCode
            + " contradicts start/end dates " + draft.span + " (" + draft.cycleCode + " runs "
            + implied.get() + ")");
      }
    } catch (IllegalArgumentException e) {
      draft.reject(ImportColumn.CYCLE_CODE,
          "cycle_code " + draft.cycleCode + " names no real period: " + e.getMessage());
    }
    Optional<CycleSpan> existing = context.existingCycle(draft.cycleCode);
    if (existing.isPresent() && !existing.get().equals(draft.span)) {
      draft.reject(ImportColumn.CYCLE_CODE, "cycle " + draft.cycleCode + " exists with dates "
          + existing.get() + ", not " + draft.span);
    }
  }

  private static void parseOwner(RowDraft draft, ImportContext context) {
    String email = draft.text(ImportColumn.OWNER_EMAIL).toLowerCase(Locale.ROOT);
    if (email.isEmpty()) {
      draft.reject(ImportColumn.OWNER_EMAIL,
          "owner_email is empty; an owner name alone does not identify a person");
    } else if (!EMAIL.matcher(email).matches()) {
      draft.reject(ImportColumn.OWNER_EMAIL,
          "owner_email '" + email + "' is not an e-mail address");
    } else if (!context.isKnownPerson(email)) {
      draft.reject(ImportColumn.OWNER_EMAIL, "no person with e-mail '" + email + "' is known");
    } else {
      draft.ownerEmail = email;
    }
  }

  private static void parseMeasure(RowDraft draft) {
    String metric = draft.text(ImportColumn.METRIC_TYPE).toLowerCase(Locale.ROOT);
    boolean milestone = metric.equals("milestone");
    draft.unit = switch (metric) {
      case "percentage" -> MeasureUnit.PERCENT;
      case "number", "milestone" -> MeasureUnit.COUNT;
      case "currency" -> MeasureUnit.CURRENCY;
      default -> null;
    };
    if (draft.unit == null) {
      draft.reject(ImportColumn.METRIC_TYPE, "metric_type '" + metric
          + "' is not one of percentage, number, currency, milestone");
    }
    parseDirection(draft, milestone);
    draft.unitLabel = draft.optional(ImportColumn.UNIT);
    parseCurrency(draft);

    Value start = draft.value(ImportColumn.START_VALUE);
    Value target = draft.value(ImportColumn.TARGET_VALUE);
    Value current = draft.value(ImportColumn.CURRENT_VALUE);
    checkPercentSigns(draft, List.of(start, target, current));
    draft.start = start.number != null || !milestone ? start.number : BigDecimal.ZERO;
    draft.target = target.number != null || !milestone ? target.number : BigDecimal.ONE;
    draft.current = current.number;
    if (draft.start == null && start.text.isEmpty()) {
      draft.reject(ImportColumn.START_VALUE, "start_value is empty");
    }
    if (draft.target == null && target.text.isEmpty()) {
      draft.reject(ImportColumn.TARGET_VALUE, "target_value is empty");
    }
    checkDirectionOfTarget(draft);
    parseWeight(draft);
  }

  private static void parseDirection(RowDraft draft, boolean milestone) {
    String direction = draft.text(ImportColumn.DIRECTION).toLowerCase(Locale.ROOT);
    draft.kind = switch (direction) {
      case "increase" -> KeyResultKind.INCREASE;
      case "decrease" -> KeyResultKind.DECREASE;
      case "maintain_above" -> KeyResultKind.STAY_ABOVE;
      case "maintain_below" -> KeyResultKind.STAY_BELOW;
      case "achieve" -> KeyResultKind.MILESTONE;
      case "" -> milestone ? KeyResultKind.MILESTONE : null;
      default -> null;
    };
    if (draft.kind == null) {
      draft.reject(ImportColumn.DIRECTION, "direction '" + direction + "' is not one of increase,"
          + " decrease, maintain_above, maintain_below, achieve");
    } else if (milestone != (draft.kind == KeyResultKind.MILESTONE) && draft.unit != null) {
      draft.reject(ImportColumn.DIRECTION, "direction 'achieve' goes with metric_type milestone"
          + " only, but this row has " + direction + " and "
          + draft.text(ImportColumn.METRIC_TYPE));
    }
  }

  private static void parseCurrency(RowDraft draft) {
    String code = draft.text(ImportColumn.CURRENCY).toUpperCase(Locale.ROOT);
    if (draft.unit != MeasureUnit.CURRENCY) {
      if (!code.isEmpty()) {
        draft.warn(ImportColumn.CURRENCY, "currency " + code + " is ignored for metric_type "
            + draft.text(ImportColumn.METRIC_TYPE));
      }
      return;
    }

    String currency = code.isEmpty() ? DEFAULT_CURRENCY : code;
    try {
      Currency.getInstance(currency);
      draft.currency = currency;
    } catch (IllegalArgumentException e) {
      draft.reject(ImportColumn.CURRENCY, "currency '" + code + "' is not an ISO 4217 code");
    }
  }

  private static void checkPercentSigns(RowDraft draft, List<Value> values) {
    List<Value> given = values.stream().filter(value -> value.number != null).toList();
    List<String> signed = given.stream().filter(value -> value.percentSign)
        .map(value -> "\"" + value.text + "\"").toList();
    Optional<Value> bare = given.stream().filter(value -> !value.percentSign).findFirst();
    if (!signed.isEmpty() && bare.isPresent()) {
      BigDecimal fraction = bare.get().number;
      draft.reject(bare.get().column, "percent cells mix " + String.join(", ", signed)
          + " with a bare " + fraction.toPlainString() + " (" + fraction.movePointRight(2)
          .stripTrailingZeros().toPlainString() + " % or " + fraction.toPlainString()
          + " %?): ambiguous unit; write every value with % or none");
      return;
    }

    boolean allFractions = draft.unit == MeasureUnit.PERCENT && signed.isEmpty()
        && given.stream().allMatch(value -> value.number.abs().compareTo(BigDecimal.ONE) <= 0)
        && given.stream().anyMatch(value -> value.number.stripTrailingZeros().scale() > 0);
    if (allFractions) {
      draft.warn(null,
          "percentage values are read as percentage points: 0.6 means 0.6 %, not 60 %");
    }
  }

  private static void checkDirectionOfTarget(RowDraft draft) {
    if (draft.start == null || draft.target == null) {
      return;
    }
    int comparison = draft.target.compareTo(draft.start);
    if (draft.kind == KeyResultKind.INCREASE && comparison < 0) {
      draft.reject(ImportColumn.TARGET_VALUE, "an increase key result needs a target above its"
          + " start, but goes from " + draft.start.toPlainString() + " to "
          + draft.target.toPlainString());
    }
    if (draft.kind == KeyResultKind.DECREASE && comparison > 0) {
      draft.reject(ImportColumn.TARGET_VALUE, "a decrease key result needs a target below its"
          + " start, but goes from " + draft.start.toPlainString() + " to "
          + draft.target.toPlainString());
    }
  }

  private static void parseWeight(RowDraft draft) {
    String text = draft.text(ImportColumn.WEIGHT);
    draft.weightGiven = !text.isEmpty();
    if (!draft.weightGiven) {
      return;
    }
    Optional<BigDecimal> weight = CellValues.number(text);
    if (weight.isEmpty() || weight.get().signum() < 0) {
      draft.reject(ImportColumn.WEIGHT, "weight '" + text + "' is not a number of 0 or more");
    } else if (draft.storable(ImportColumn.WEIGHT, weight.get(),
        () -> Numbers.requireWeight("weight", weight.get()))) {
      draft.weight = weight.get();
    }
  }

  private static void warnAboutMetricCells(RowDraft draft) {
    List<ImportColumn> metricColumns = List.of(ImportColumn.METRIC_TYPE, ImportColumn.DIRECTION,
        ImportColumn.START_VALUE, ImportColumn.TARGET_VALUE, ImportColumn.CURRENT_VALUE,
        ImportColumn.WEIGHT);
    for (ImportColumn column : metricColumns) {
      if (!draft.text(column).isEmpty()) {
        draft.warn(column, column.header() + " is ignored on an objective row");
      }
    }
  }

  private static Map<String, RowDraft> indexById(List<RowDraft> drafts) {
    Map<String, RowDraft> byId = new LinkedHashMap<>();
    for (RowDraft draft : drafts) {
      if (draft.rowId.isEmpty()) {
        continue;
      }
      RowDraft first = byId.putIfAbsent(draft.rowId, draft);
      if (first != null) {
        draft.reject(ImportColumn.ROW_ID, "row_id " + draft.rowId
            + " appears more than once; first in row " + first.source.lineNumber());
      }
    }
    return byId;
  }

  private static void checkCycleDates(List<RowDraft> drafts) {
    Map<String, RowDraft> firstByCode = new HashMap<>();
    for (RowDraft draft : drafts) {
      if (draft.cycleCode == null || draft.span == null || draft.hasReasonIn(
          ImportColumn.CYCLE_CODE)) {
        continue;
      }
      RowDraft first = firstByCode.putIfAbsent(draft.cycleCode, draft);
      if (first != null && !first.span.equals(draft.span)) {
        draft.reject(ImportColumn.CYCLE_CODE, "cycle " + draft.cycleCode + " has dates "
            + first.span + " in row " + first.source.lineNumber() + " but " + draft.span + " here");
      }
    }
  }

  /** Checks each row's parent and returns the links to parents that exist, self-links left out. */
  private static Map<String, String> checkParents(Map<String, RowDraft> byId) {
    Map<String, String> parentOf = new LinkedHashMap<>();
    for (RowDraft draft : byId.values()) {
      if (draft.parentId == null) {
        if (draft.isKeyResult()) {
          draft.reject(ImportColumn.PARENT_ROW_ID,
              "parent_row_id is empty; a key result belongs to an objective");
        }
        continue;
      }
      if (draft.parentId.equals(draft.rowId)) {
        draft.reject(ImportColumn.PARENT_ROW_ID, draft.isKeyResult()
            ? "key result names itself as parent" : "objective aligned to itself");
        continue;
      }
      RowDraft parent = byId.get(draft.parentId);
      if (parent == null) {
        draft.reject(ImportColumn.PARENT_ROW_ID,
            "parent_row_id " + draft.parentId + " does not exist in the file");
        continue;
      }

      parentOf.put(draft.rowId, draft.parentId);
      if (!parent.isObjective()) {
        draft.reject(ImportColumn.PARENT_ROW_ID, "parent row " + parent.rowId
            + " is not an objective; only objectives can be parents");
      } else if (draft.isKeyResult() && draft.cycleCode != null && parent.cycleCode != null
          && !draft.cycleCode.equals(parent.cycleCode)) {
        draft.reject(ImportColumn.CYCLE_CODE, "cycle_code " + draft.cycleCode
            + " differs from the cycle " + parent.cycleCode + " of objective " + parent.rowId);
      }
    }
    return parentOf;
  }

  private static Set<String> checkCircles(Map<String, String> parentOf,
      Map<String, RowDraft> byId) {
    Map<String, String> cycles = AlignmentGraph.cycles(parentOf);
    cycles.forEach((rowId, path) -> byId.get(rowId).reject(ImportColumn.PARENT_ROW_ID,
        "circular alignment " + path));
    return cycles.keySet();
  }

  private static void checkWeightsAndCurrencies(Map<String, RowDraft> byId) {
    Map<String, List<RowDraft>> keyResultsByParent = byId.values().stream()
        .filter(draft -> draft.isKeyResult() && draft.parentId != null)
        .collect(Collectors.groupingBy(draft -> draft.parentId, LinkedHashMap::new,
            Collectors.toList()));
    keyResultsByParent.forEach((parentId, siblings) -> {
      boolean anyWeighted = siblings.stream().anyMatch(draft -> draft.weightGiven);
      siblings.stream().filter(draft -> anyWeighted && !draft.weightGiven)
          .forEach(draft -> draft.reject(ImportColumn.WEIGHT, "weight is empty while other key"
              + " results of " + parentId + " have one; weigh all of them or none"));

      Optional<String> firstCurrency = siblings.stream().map(draft -> draft.currency)
          .filter(Objects::nonNull).findFirst();
      siblings.stream()
          .filter(draft -> draft.currency != null && !draft.currency.equals(firstCurrency.get()))
          .forEach(draft -> draft.warn(ImportColumn.CURRENCY, "currency " + draft.currency
              + " differs from " + firstCurrency.get() + " of other key results of " + parentId
              + "; their values are never added up"));
    });
  }

  /**
   * Walks the rows breadth-first from the top, so each parent is decided before its children,
   * and records each row's depth. Rows on a circle are start points as well; they are rejected
   * already, and so are their descendants through this walk.
   */
  private static void rejectUnderRejectedParents(Map<String, RowDraft> byId,
      Map<String, String> parentOf, Set<String> circular) {
    Map<String, List<RowDraft>> children = new HashMap<>();
    parentOf.forEach((rowId, parentId) ->
        children.computeIfAbsent(parentId, key -> new ArrayList<>()).add(byId.get(rowId)));
    Deque<RowDraft> queue = new ArrayDeque<>();
    Set<String> visited = new HashSet<>();
    for (RowDraft draft : byId.values()) {
      if (!parentOf.containsKey(draft.rowId) || circular.contains(draft.rowId)) {
        queue.add(draft);
        visited.add(draft.rowId);
      }
    }

    while (!queue.isEmpty()) {
      RowDraft draft = queue.poll();
      if (parentOf.containsKey(draft.rowId) && !circular.contains(draft.rowId)) {
        RowDraft parent = byId.get(draft.parentId);
        draft.depth = parent.depth + 1;
        if (parent.isRejected()) {
          draft.reject(ImportColumn.PARENT_ROW_ID, "parent row " + parent.rowId + " was rejected");
        }
      }
      for (RowDraft child : children.getOrDefault(draft.rowId, List.of())) {
        if (visited.add(child.rowId)) {
          queue.add(child);
        }
      }
    }
  }

  private static List<PlannedObjective> assemble(List<RowDraft> drafts) {
    Map<String, List<PlannedKeyResult>> keyResults = new HashMap<>();
    for (RowDraft draft : drafts) {
      if (draft.isKeyResult() && !draft.isRejected()) {
        keyResults.computeIfAbsent(draft.parentId, key -> new ArrayList<>())
            .add(draft.toKeyResult());
      }
    }

    List<RowDraft> objectives = drafts.stream()
        .filter(draft -> draft.isObjective() && !draft.isRejected())
        .sorted(Comparator.comparingInt(draft -> draft.depth))
        .toList();
    List<PlannedObjective> planned = new ArrayList<>();
    for (RowDraft objective : objectives) {
      List<PlannedKeyResult> own = keyResults.getOrDefault(objective.rowId, List.of());
      warnAboutWeightSum(objective, own);
      planned.add(objective.toObjective(own));
    }
    return planned;
  }

  private static void warnAboutWeightSum(RowDraft objective, List<PlannedKeyResult> keyResults) {
    if (keyResults.isEmpty()) {
      objective.warn(null, "objective has no accepted key result; its progress stays empty");
      return;
    }
    if (keyResults.stream().anyMatch(keyResult -> keyResult.weight() == null)) {
      return;
    }
    BigDecimal sum = keyResults.stream().map(PlannedKeyResult::weight)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(HUNDRED) != 0) {
      objective.warn(ImportColumn.WEIGHT,
          "weights sum to " + sum.toPlainString() + " → normalised");
    }
  }

  /** A number cell as written and as parsed; number is null when empty or not a number. */
  private record Value(ImportColumn column, String text, BigDecimal number, boolean percentSign) {
  }

  /** One row while it is being validated; becomes a report and possibly a planned item. */
  private static final class RowDraft {

    private final SpreadsheetRow source;
    private final List<RowIssue> reasons = new ArrayList<>();
    private final List<RowIssue> warnings = new ArrayList<>();
    private String rowId;
    private String type;
    private String parentId;
    private String title;
    private String notes;
    private ObjectiveLevel level;
    private String region;
    private String cycleCode;
    private CycleSpan span;
    private String ownerEmail;
    private MeasureUnit unit;
    private String unitLabel;
    private String currency;
    private KeyResultKind kind;
    private BigDecimal start;
    private BigDecimal target;
    private BigDecimal current;
    private BigDecimal weight;
    private boolean weightGiven;
    private int depth;

    RowDraft(SpreadsheetRow source) {
      this.source = source;
    }

    String text(ImportColumn column) {
      if (column == ImportColumn.TITLE || column == ImportColumn.NOTES) {
        // Free text keeps its Chinese punctuation (NFKC would turn "：" into ":"); only the
        // surrounding spaces go, the ideographic U+3000 included, and the apostrophe the
        // export puts before text that looks like a formula.
        String text = source.cell(column.header()).strip();
        return text.length() > 1 && text.charAt(0) == '\''
            && "=+-@".indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
      }
      return CellValues.normalise(source.cell(column.header()));
    }

    String optional(ImportColumn column) {
      String text = text(column);
      return text.isEmpty() ? null : text;
    }

    LocalDate date(ImportColumn column) {
      String text = text(column);
      if (text.isEmpty()) {
        reject(column, column.header() + " is empty");
        return null;
      }
      Optional<LocalDate> date = CellValues.date(text);
      if (date.isEmpty()) {
        reject(column, column.header() + " '" + text + "' is not a date like 2025-07-01");
      }
      return date.orElse(null);
    }

    Value value(ImportColumn column) {
      String text = text(column);
      String digits = text;
      boolean percentSign = text.endsWith("%");
      if (percentSign) {
        digits = text.substring(0, text.length() - 1).strip();
        if (unit != MeasureUnit.PERCENT) {
          reject(column, column.header() + " '" + text + "' has a % sign, but metric_type is "
              + this.text(ImportColumn.METRIC_TYPE));
        }
      }
      if (unit == MeasureUnit.CURRENCY && !digits.isEmpty()
          && "¥$€£".indexOf(digits.charAt(0)) >= 0) {
        digits = digits.substring(1).strip();
      }
      if (digits.isEmpty()) {
        return new Value(column, text, null, false);
      }

      Optional<BigDecimal> number = CellValues.number(digits);
      if (number.isEmpty()) {
        reject(column, column.header() + " '" + text + "' is not a number");
      } else {
        storable(column, number.get(), () -> Numbers.requireValue(column.header(),
            number.get()));
      }
      return new Value(column, text, number.orElse(null), percentSign);
    }

    boolean isObjective() {
      return OBJECTIVE.equals(type);
    }

    boolean isKeyResult() {
      return KEY_RESULT.equals(type);
    }

    boolean isRejected() {
      return !reasons.isEmpty();
    }

    boolean hasReasonIn(ImportColumn column) {
      return reasons.stream().anyMatch(reason -> column.header().equals(reason.column()));
    }

    void reject(ImportColumn column, String message) {
      reasons.add(new RowIssue(column == null ? null : column.header(), message));
    }

    /** Rejects the row when the value does not fit the database, as the check says. */
    boolean storable(ImportColumn column, BigDecimal value, Runnable check) {
      try {
        check.run();
        return true;
      } catch (InvalidRequestException e) {
        reject(column, e.getMessage());
        return false;
      }
    }

    void warn(ImportColumn column, String message) {
      warnings.add(new RowIssue(column == null ? null : column.header(), message));
    }

    RowReport report() {
      RowOutcome outcome = isRejected() ? RowOutcome.REJECTED : RowOutcome.ACCEPTED;
      return new RowReport(rowId, source.lineNumber(), outcome, reasons, warnings);
    }

    PlannedKeyResult toKeyResult() {
      return new PlannedKeyResult(rowId, title, unit, unitLabel, currency, kind, start, target,
          current, weight, ownerEmail, notes);
    }

    PlannedObjective toObjective(List<PlannedKeyResult> keyResults) {
      return new PlannedObjective(rowId, cycleCode, span.start(), span.end(), level, region,
          ownerEmail, title, parentId, notes, keyResults);
    }
  }
}
