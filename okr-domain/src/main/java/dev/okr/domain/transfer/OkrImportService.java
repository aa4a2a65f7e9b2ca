package dev.okr.domain.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.domain.alignment.AlignmentService;
import dev.okr.domain.objective.AccessRules;
import dev.okr.domain.objective.Cycle;
import dev.okr.domain.objective.KeyResultDraft;
import dev.okr.domain.objective.Objective;
import dev.okr.domain.objective.ObjectiveRepository;
import dev.okr.domain.objective.ObjectiveService;
import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.organisation.OrgUnitType;
import dev.okr.domain.progress.ProgressService;
import dev.okr.domain.progress.ProgressService.CycleProgress;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.UnknownEntityException;
import dev.okr.domain.spreadsheet.CycleSpan;
import dev.okr.domain.spreadsheet.ImportContext;
import dev.okr.domain.spreadsheet.ImportPlan;
import dev.okr.domain.spreadsheet.ImportPlanner;
import dev.okr.domain.spreadsheet.PlannedKeyResult;
import dev.okr.domain.spreadsheet.PlannedObjective;
import dev.okr.domain.spreadsheet.RowIssue;
import dev.okr.domain.spreadsheet.RowReport;
import dev.okr.domain.spreadsheet.SpreadsheetReader;
import dev.okr.domain.spreadsheet.SpreadsheetTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Imports OKRs from a CSV or XLSX file. The file is read and validated row by row first; the
 * accepted rows are then created in one transaction, so a failure leaves nothing half
 * imported. Rows are keyed by cycle and row id: importing the same file again finds every row
 * already there and changes nothing. Imported objectives are published at once (they come from
 * an approved plan) and link to their parent objectives as supporting alignment. Only HQ
 * strategy and administrators import, since an import may define cycles and company OKRs.
 */
@ApplicationScoped
public class OkrImportService {

  private static final Logger LOG = Logger.getLogger(OkrImportService.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  @Inject
  ObjectiveRepository objectives;

  @Inject
  ObjectiveService objectiveService;

  @Inject
  AlignmentService alignments;

  @Inject
  ProgressService progress;

  @Inject
  Directory directory;

  @Inject
  AccessRules access;

  private final Clock clock = Clock.systemUTC();

  /**
   * Imports a file, or only validates it when {@code dryRun}.
   *
   * @throws dev.okr.domain.spreadsheet.UnreadableSpreadsheetException when the file cannot be
   *     read as a spreadsheet of the import's columns
   */
  @Transactional
  public ImportReport importFile(String actorUsername, byte[] content, String fileName,
      String contentType, boolean dryRun) {
    Employee actor = directory.person(actorUsername);
    if (!access.isStrategist(actor)) {
      throw new AccessDeniedException("Only HQ strategy and administrators import OKRs");
    }
    SpreadsheetTable table = new SpreadsheetReader().read(content, fileName, contentType);
    People people = new People();
    ImportPlan plan = new ImportPlanner().plan(table, new DirectoryContext(people));

    Set<String> alreadyThere = new HashSet<>();
    Map<String, Objective> created;
    if (dryRun) {
      created = new HashMap<>();
      Map<String, Objective> existing = existingImports(plan);
      for (PlannedObjective row : plan.objectives()) {
        Objective known = existing.get(importKey(row.cycleCode(), row.rowId()));
        if (known != null) {
          created.put(row.rowId(), known);
          alreadyThere.add(row.rowId());
        }
      }
    } else {
      created = apply(actorUsername, plan, alreadyThere, people);
    }
    ImportReport report = report(plan, created, alreadyThere, dryRun, fileName);

    if (dryRun) {
      return report;
    }
    ImportRun run = new ImportRun(actorUsername, fileName, plan.format().name(),
        plan.encoding().name(), sha256(content), Instant.now(clock), report.accepted(),
        report.rejected(), json(report));
    em.persist(run);
    objectives.flush();
    LOG.infof("Import '%d' of '%s' by '%s': %d rows accepted (%d already there), %d rejected",
        run.getId(), fileName, actorUsername, report.accepted(), report.unchanged(),
        report.rejected());
    return withId(report, run.getId());
  }

  /** A stored import's report. */
  @Transactional
  public ImportReport read(String actorUsername, long id) {
    Employee actor = directory.person(actorUsername);
    ImportRun run = em.find(ImportRun.class, id);
    if (run == null || !(access.isStrategist(actor) || run.getActor().equals(actorUsername))) {
      throw new UnknownEntityException("Import", id);
    }
    try {
      return withId(JSON.readValue(run.getReport(), ImportReport.class), id);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Report of import '" + id + "' is not readable", e);
    }
  }

  private Map<String, Objective> apply(String actorUsername, ImportPlan plan,
      Set<String> alreadyThere, People people) {
    FlushModeType flushMode = em.getFlushMode();
    // Rows are checked up front and looked up from maps; flushing before every query would
    // dirty-check the whole growing import each time and make large files quadratic.
    em.setFlushMode(FlushModeType.COMMIT);
    try {
      Employee actor = directory.person(actorUsername);
      Map<String, Objective> existing = existingImports(plan);
      Map<String, OrgUnit> units = new HashMap<>();
      directory.orgUnits().forEach(u -> units.put(u.getCode(), u));
      Map<String, Objective> byRow = new HashMap<>();
      Map<String, Cycle> cycles = new HashMap<>();
      for (PlannedObjective row : plan.objectives()) {
        String key = importKey(row.cycleCode(), row.rowId());
        Objective known = existing.get(key);
        if (known != null) {
          byRow.put(row.rowId(), known);
          alreadyThere.add(row.rowId());
          continue;
        }
        Cycle cycle = cycles.computeIfAbsent(row.cycleCode(), code -> cycle(row));
        Employee owner = people.byEmail(row.ownerEmail());
        List<KeyResultDraft> drafts = new ArrayList<>();
        List<Employee> owners = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<BigDecimal> currents = new ArrayList<>();
        for (PlannedKeyResult kr : row.keyResults()) {
          Employee krOwner = kr.ownerEmail() == null ? owner : people.byEmail(kr.ownerEmail());
          owners.add(krOwner == null ? owner : krOwner);
          drafts.add(new KeyResultDraft(kr.title(), kr.kind(), kr.unit(), kr.currency(),
              kr.startValue(), kr.targetValue(), null, row.endDate(), kr.weight(), null,
              null));
          keys.add(importKey(row.cycleCode(), kr.rowId()));
          currents.add(kr.currentValue());
        }

        Objective objective = objectiveService.createImported(actor, cycle,
            ownerUnit(row, owner, units), owner, row.title(), row.notes(), key, drafts, owners,
            keys, currents);
        byRow.put(row.rowId(), objective);
        if (row.parentRowId() != null) {
          alignments.linkImported(actorUsername, objective, byRow.get(row.parentRowId()));
        }
      }
      em.flush();
      return byRow;
    } finally {
      em.setFlushMode(flushMode);
    }
  }

  private Map<String, Objective> existingImports(ImportPlan plan) {
    Set<String> codes = new HashSet<>();
    plan.objectives().forEach(o -> codes.add(o.cycleCode()));
    Map<String, Objective> existing = new HashMap<>();
    if (codes.isEmpty()) {
      return existing;
    }
    em.createQuery("select o from Objective o"
            + " where o.cycle.code in :codes and o.importKey is not null", Objective.class)
        .setParameter("codes", codes)
        .getResultList()
        .forEach(o -> existing.put(o.getImportKey(), o));
    return existing;
  }

  private Cycle cycle(PlannedObjective row) {
    return objectives.findCycle(row.cycleCode()).orElseGet(() -> {
      Cycle cycle = new Cycle(row.cycleCode(), row.cycleCode(), row.startDate(), row.endDate());
      objectives.add(cycle);
      LOG.infof("Cycle '%s' (%s to %s) defined by an import", row.cycleCode(), row.startDate(),
          row.endDate());
      return cycle;
    });
  }

  private static OrgUnit ownerUnit(PlannedObjective row, Employee owner,
      Map<String, OrgUnit> units) {
    return switch (row.level()) {
      case COMPANY -> units.values().stream()
          .filter(u -> u.getType() == OrgUnitType.HQ)
          .findFirst()
          .orElse(owner.getOrgUnit());
      case REGION -> units.get(row.regionCode());
      case TEAM -> owner.getOrgUnit();
    };
  }

  private ImportReport report(ImportPlan plan, Map<String, Objective> created,
      Set<String> alreadyThere, boolean dryRun, String fileName) {
    Map<String, PlannedObjective> objectiveRows = new HashMap<>();
    Map<String, String> keyResultParent = new HashMap<>();
    for (PlannedObjective o : plan.objectives()) {
      objectiveRows.put(o.rowId(), o);
      o.keyResults().forEach(k -> keyResultParent.put(k.rowId(), o.rowId()));
    }
    CycleProgress numbers = created.isEmpty() ? null : progress.ofCycles(created.values()
        .stream().map(o -> o.getCycle().getId()).distinct().toList());
    Map<String, BigDecimal> planned = plan.progressPercentByRowId();

    List<ImportReport.Row> rows = new ArrayList<>();
    int accepted = 0;
    int unchanged = 0;
    for (RowReport r : plan.rows()) {
      Long objectiveId = null;
      Long keyResultId = null;
      BigDecimal percent = planned.get(r.rowId());
      List<ImportReport.Issue> warnings = new ArrayList<>(issues(r.warnings()));
      if (r.isAccepted()) {
        accepted++;
        String objectiveRow = objectiveRows.containsKey(r.rowId()) ? r.rowId()
            : keyResultParent.get(r.rowId());
        Objective objective = created.get(objectiveRow);
        if (objective != null) {
          objectiveId = objective.getId();
          if (alreadyThere.contains(objectiveRow)) {
            unchanged++;
            warnings.add(new ImportReport.Issue(null, "already imported on "
                + objective.getCreatedAt() + "; left unchanged"));
          }
          if (objectiveRow.equals(r.rowId())) {
            percent = ProgressService.percent(numbers.objective(objectiveId).progress()
                .progress());
          } else {
            keyResultId = keyResultIdOf(objective, objectiveRows.get(objectiveRow), r.rowId());
            percent = keyResultId == null ? percent : ProgressService.percent(
                numbers.keyResult(keyResultId).progress().raw());
          }
        }
      }
      rows.add(new ImportReport.Row(r.rowId(), r.lineNumber(), r.outcome().name(),
          issues(r.reasons()), List.copyOf(warnings), objectiveId, keyResultId, percent));
    }
    return new ImportReport(null, fileName, plan.format().name(), plan.encoding().name(),
        dryRun, accepted, plan.rows().size() - accepted, unchanged, List.copyOf(rows));
  }

  private static Long keyResultIdOf(Objective objective, PlannedObjective row, String rowId) {
    List<PlannedKeyResult> planned = row.keyResults();
    for (int i = 0; i < planned.size(); i++) {
      if (planned.get(i).rowId().equals(rowId) && i < objective.getKeyResults().size()) {
        return objective.getKeyResults().get(i).getId();
      }
    }
    return null;
  }

  private static List<ImportReport.Issue> issues(List<RowIssue> issues) {
    return issues.stream().map(i -> new ImportReport.Issue(i.column(), i.message())).toList();
  }

  private static ImportReport withId(ImportReport r, Long id) {
    return new ImportReport(id, r.fileName(), r.format(), r.encoding(), r.dryRun(), r.accepted(),
        r.rejected(), r.unchanged(), r.rows());
  }

  static String importKey(String cycleCode, String rowId) {
    return cycleCode + "/" + rowId;
  }

  private static String json(ImportReport report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Import report is not serialisable", e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Active people by lower-case e-mail, loaded once per import. */
  private final class People {

    private final Map<String, Employee> byEmail = new HashMap<>();

    People() {
      for (Employee e : em.createQuery("select e from Employee e"
          + " join fetch e.orgUnit where e.active = true and e.email is not null",
          Employee.class).getResultList()) {
        byEmail.putIfAbsent(e.getEmail().toLowerCase(Locale.ROOT), e);
      }
    }

    Employee byEmail(String email) {
      return email == null ? null : byEmail.get(email.strip().toLowerCase(Locale.ROOT));
    }
  }

  /** What the planner asks of the company's data. */
  private final class DirectoryContext implements ImportContext {

    private final People people;

    DirectoryContext(People people) {
      this.people = people;
    }

    @Override
    public boolean isKnownPerson(String email) {
      return people.byEmail(email) != null;
    }

    @Override
    public boolean isKnownRegion(String code) {
      return directory.findOrgUnit(code).filter(u -> u.getType() == OrgUnitType.REGION)
          .isPresent();
    }

    @Override
    public Optional<CycleSpan> existingCycle(String code) {
      return objectives.findCycle(code).map(c -> new CycleSpan(c.getStartDate(),
          c.getEndDate()));
    }
  }
}
