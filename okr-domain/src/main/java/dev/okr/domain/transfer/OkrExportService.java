package dev.okr.domain.transfer;

import dev.okr.domain.alignment.AlignmentLink;
import dev.okr.domain.alignment.AlignmentService;
import dev.okr.domain.checkin.CheckIn;
import dev.okr.domain.objective.Cycle;
import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.MeasureUnit;
import dev.okr.domain.objective.Objective;
import dev.okr.domain.objective.ObjectiveFilter;
import dev.okr.domain.objective.ObjectiveRepository;
import dev.okr.domain.objective.ObjectiveService;
import dev.okr.domain.objective.UnknownCycleException;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.spreadsheet.ImportColumn;
import dev.okr.domain.spreadsheet.PlanSheet;
import dev.okr.domain.spreadsheet.SheetContent;
import dev.okr.domain.spreadsheet.SpreadsheetWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exports a cycle's OKRs in the import's columns (so an export re-imports) and their check-in
 * history. Only what the caller may see is exported. Row ids are the objectives' and key
 * results' codes, or O/K plus their id; an objective aligned to a key result names that key
 * result's objective as its parent row, since the spreadsheet aligns objectives to objectives.
 */
@ApplicationScoped
public class OkrExportService {

  /** The sheets an export can hold. */
  public enum Content { OKRS, CHECK_INS }

  /** The header of the check-in sheet. */
  public static final List<String> CHECK_IN_HEADER = List.of("key_result_row_id",
      "key_result_title", "checked_in_at", "value", "previous_value", "confidence", "comment",
      "author", "source", "source_ref", "retracted_at");

  @Inject
  ObjectiveService objectiveService;

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  @Inject
  ObjectiveRepository objectives;

  @Inject
  AlignmentService alignments;

  /** One sheet as CSV (UTF-8 with BOM, as Excel expects). */
  @Transactional
  public byte[] csv(String actorUsername, String cycleCode, Content content) {
    return new SpreadsheetWriter().writeCsv(sheet(actorUsername, cycleCode, content));
  }

  /** Both sheets in one workbook. */
  @Transactional
  public byte[] xlsx(String actorUsername, String cycleCode) {
    return new SpreadsheetWriter().writeXlsx(List.of(
        sheet(actorUsername, cycleCode, Content.OKRS),
        sheet(actorUsername, cycleCode, Content.CHECK_INS)));
  }

  private SheetContent sheet(String actorUsername, String cycleCode, Content content) {
    Cycle cycle = objectives.findCycle(cycleCode)
        .orElseThrow(() -> new UnknownCycleException(cycleCode));
    List<Objective> visible = objectiveService.list(actorUsername,
        new ObjectiveFilter(cycle.getCode(), null, null, null), 0, Integer.MAX_VALUE);
    return content == Content.OKRS ? okrSheet(visible) : checkInSheet(visible);
  }

  private SheetContent okrSheet(List<Objective> visible) {
    List<List<Object>> rows = new ArrayList<>();
    for (Objective o : visible) {
      Object[] cells = common(o);
      cells[ImportColumn.ROW_ID.ordinal()] = rowId(o);
      cells[ImportColumn.TYPE.ordinal()] = "objective";
      cells[ImportColumn.PARENT_ROW_ID.ordinal()] = parentRow(o);
      cells[ImportColumn.OWNER_EMAIL.ordinal()] = email(o.getOwner());
      cells[ImportColumn.OWNER_NAME.ordinal()] = name(o.getOwner());
      cells[ImportColumn.TITLE.ordinal()] = o.getTitle();
      cells[ImportColumn.NOTES.ordinal()] = o.getDescription();
      rows.add(Arrays.asList(cells));
      for (KeyResult k : o.getKeyResults()) {
        Object[] kr = common(o);
        kr[ImportColumn.ROW_ID.ordinal()] = rowId(k);
        kr[ImportColumn.TYPE.ordinal()] = "key_result";
        kr[ImportColumn.PARENT_ROW_ID.ordinal()] = rowId(o);
        kr[ImportColumn.OWNER_EMAIL.ordinal()] = email(k.getOwner());
        kr[ImportColumn.OWNER_NAME.ordinal()] = name(k.getOwner());
        kr[ImportColumn.TITLE.ordinal()] = k.getTitle();
        kr[ImportColumn.METRIC_TYPE.ordinal()] = PlanSheet.metricType(k.getKind(), k.getUnit());
        kr[ImportColumn.DIRECTION.ordinal()] = PlanSheet.direction(k.getKind());
        kr[ImportColumn.UNIT.ordinal()] = k.getUnit() == MeasureUnit.PERCENT ? "%" : null;
        kr[ImportColumn.CURRENCY.ordinal()] = k.getCurrency();
        kr[ImportColumn.START_VALUE.ordinal()] = k.getBaseline();
        kr[ImportColumn.TARGET_VALUE.ordinal()] = k.getTarget();
        kr[ImportColumn.CURRENT_VALUE.ordinal()] = k.getCurrentValue();
        kr[ImportColumn.WEIGHT.ordinal()] = k.getWeight();
        rows.add(Arrays.asList(kr));
      }
    }
    return new SheetContent("okrs", ImportColumn.headers(), rows);
  }

  private SheetContent checkInSheet(List<Objective> visible) {
    List<List<Object>> rows = new ArrayList<>();
    for (Objective o : visible) {
      for (KeyResult k : o.getKeyResults()) {
        List<CheckIn> history = em.createQuery(
                "select c from CheckIn c where c.keyResult = :kr order by c.checkedInAt, c.id",
                CheckIn.class)
            .setParameter("kr", k)
            .getResultList();
        for (CheckIn c : history) {
          rows.add(Arrays.asList(rowId(k), k.getTitle(), c.getCheckedInAt().toString(),
              c.getValue(), c.getPreviousValue(), c.getConfidence(), c.getComment(),
              c.getAuthor(), c.getSource().name(), c.getSourceRef(),
              c.getRetractedAt() == null ? null : c.getRetractedAt().toString()));
        }
      }
    }
    return new SheetContent("check-ins", CHECK_IN_HEADER, rows);
  }

  private String parentRow(Objective o) {
    for (AlignmentLink link : alignments.linksOf(o)) {
      return rowId(link.getTargetObjective());
    }
    return null;
  }

  private static Object[] common(Objective o) {
    Object[] cells = new Object[ImportColumn.values().length];
    OrgUnit unit = o.getOwnerUnit();
    cells[ImportColumn.LEVEL.ordinal()] = switch (unit.getType()) {
      case HQ -> "company";
      case REGION -> "region";
      case TEAM -> "team";
    };
    cells[ImportColumn.CYCLE_CODE.ordinal()] = o.getCycle().getCode();
    cells[ImportColumn.START_DATE.ordinal()] = o.getCycle().getStartDate();
    cells[ImportColumn.END_DATE.ordinal()] = o.getCycle().getEndDate();
    cells[ImportColumn.REGION.ordinal()] = unit.region() == null ? null : unit.region().getCode();
    return cells;
  }

  private static String rowId(Objective o) {
    return o.getImportKey() != null ? o.getImportKey().substring(o.getImportKey().indexOf('/')
        + 1) : o.getCode() != null ? o.getCode() : "O" + o.getId();
  }

  private static String rowId(KeyResult k) {
    return k.getImportKey() != null ? k.getImportKey().substring(k.getImportKey().indexOf('/')
        + 1) : k.getCode() != null ? k.getCode() : "K" + k.getId();
  }

  private static String email(Employee e) {
    return e == null ? null : e.getEmail();
  }

  private static String name(Employee e) {
    return e == null ? null : e.getDisplayName();
  }
}
