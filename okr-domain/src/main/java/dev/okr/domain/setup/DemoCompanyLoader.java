package dev.okr.domain.setup;

import dev.okr.domain.objective.Cycle;
import dev.okr.domain.objective.KeyResultDraft;
import dev.okr.domain.objective.KeyResultKind;
import dev.okr.domain.objective.MeasureUnit;
import dev.okr.domain.objective.Objective;
import dev.okr.domain.objective.ObjectiveDraft;
import dev.okr.domain.objective.ObjectiveRepository;
import dev.okr.domain.objective.ObjectiveService;
import dev.okr.domain.objective.ProgressSource;
import dev.okr.domain.objective.Visibility;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.EmployeeRole;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.organisation.OrgUnitType;
import dev.okr.domain.organisation.OrganisationRepository;
import dev.okr.domain.organisation.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Loads the demo company from {@code demo/demo-company.json}: headquarters, five regions,
 * seventeen provincial teams, 650 people and the quarter's published objectives. Every demo
 * person logs in with the password {@value #DEMO_PASSWORD}; {@code admin} with {@code admin}.
 * Runs only on an empty organisation, so a restart keeps what people changed.
 */
@ApplicationScoped
public class DemoCompanyLoader {

  public static final String DEMO_PASSWORD = "demo";
  public static final String ADMIN_USERNAME = "admin";
  private static final String RESOURCE = "demo/demo-company.json";
  private static final Logger LOG = Logger.getLogger(DemoCompanyLoader.class);

  @Inject
  OrganisationRepository organisation;

  @Inject
  ObjectiveRepository objectives;

  @Inject
  ObjectiveService objectiveService;

  /** Loads the demo company unless the organisation already has units; true if it loaded. */
  @Transactional
  public boolean loadIfEmpty() {
    if (organisation.countOrgUnits() > 0) {
      LOG.info("Organisation already present; demo company not loaded again");
      return false;
    }
    JsonObject company = read();

    Map<String, OrgUnit> units = loadUnits(company);
    Map<String, Employee> people = loadPeople(company, units);
    loadCycles(company);
    organisation.flush();
    int objectiveCount = loadObjectives(company, people);

    LOG.infof("Demo company '%s' loaded: %d org units, %d people, %d objectives",
        company.getJsonObject("company").getString("name"), units.size(), people.size(),
        objectiveCount);
    return true;
  }

  private Map<String, OrgUnit> loadUnits(JsonObject company) {
    Map<String, OrgUnit> units = new HashMap<>();
    for (JsonObject json : company.getJsonArray("orgUnits").getValuesAs(JsonObject.class)) {
      OrgUnit parent = json.isNull("parent") ? null : units.get(json.getString("parent"));
      OrgUnit unit = new OrgUnit(json.getString("code"), json.getString("name"),
          OrgUnitType.valueOf(json.getString("type")), parent);
      unit.appointHead(text(json, "head"));
      organisation.add(unit);
      units.put(unit.getCode(), unit);
    }
    return units;
  }

  private Map<String, Employee> loadPeople(JsonObject company, Map<String, OrgUnit> units) {
    // One hash for the shared demo password keeps start-up quick; real accounts get their own.
    String demoHash = new PasswordHasher().hash(DEMO_PASSWORD);
    Map<String, Employee> people = new HashMap<>();
    for (JsonObject json : company.getJsonArray("employees").getValuesAs(JsonObject.class)) {
      Employee person = new Employee(json.getString("username"), json.getString("name"),
          EmployeeRole.valueOf(json.getString("role")), units.get(json.getString("orgUnit")));
      person.setEmail(text(json, "email"));
      person.setTitle(text(json, "title"));
      person.changePasswordHash(demoHash);
      organisation.add(person);
      people.put(person.getUsername(), person);
    }

    Employee admin = new Employee(ADMIN_USERNAME, "系统管理员", EmployeeRole.ADMINISTRATOR,
        units.get("hq"));
    admin.setTitle("系统管理员");
    admin.grantAdministration();
    admin.changePasswordHash(new PasswordHasher().hash("admin"));
    organisation.add(admin);
    people.put(ADMIN_USERNAME, admin);
    return people;
  }

  private void loadCycles(JsonObject company) {
    for (JsonObject json : company.getJsonArray("cycles").getValuesAs(JsonObject.class)) {
      objectives.add(new Cycle(json.getString("code"), json.getString("name"),
          LocalDate.parse(json.getString("startDate")),
          LocalDate.parse(json.getString("endDate"))));
    }
  }

  private int loadObjectives(JsonObject company, Map<String, Employee> people) {
    int count = 0;
    for (JsonObject json : company.getJsonArray("objectives").getValuesAs(JsonObject.class)) {
      // A null owner unit is a personal objective of its owner.
      String unitCode = text(json, "ownerUnit");
      String owner = json.isNull("ownerUsername")
          ? headOf(company, unitCode) : json.getString("ownerUsername");
      Long alignedTo = json.isNull("alignedTo") ? null
          : objectiveService.keyResultByCode(json.getString("alignedTo")).getId();
      List<KeyResultDraft> drafts = new ArrayList<>();
      List<String> codes = new ArrayList<>();
      List<BigDecimal> currents = new ArrayList<>();
      for (JsonObject kr : json.getJsonArray("keyResults").getValuesAs(JsonObject.class)) {
        String source = text(kr, "source");
        drafts.add(new KeyResultDraft(kr.getString("title"),
            KeyResultKind.valueOf(kr.getString("kind")), MeasureUnit.valueOf(kr.getString("unit")),
            text(kr, "currency"), number(kr, "baseline"), number(kr, "target"),
            number(kr, "bandUpper"), LocalDate.parse(kr.getString("dueDate")),
            number(kr, "weight"), source == null ? null : ProgressSource.valueOf(source),
            text(kr, "ownerUsername")));
        codes.add(kr.getString("code"));
        currents.add(number(kr, "current"));
      }
      ObjectiveDraft draft = new ObjectiveDraft(json.getString("cycle"), json.getString("title"),
          text(json, "description"), unitCode, json.getBoolean("aspirational", false),
          Visibility.valueOf(json.getString("visibility", "PUBLIC")), alignedTo, drafts);

      Objective objective = objectiveService.createDraft(people.get(owner).getUsername(), draft);
      objectiveService.importAsPublished(owner, objective.getId(), json.getString("code"), codes,
          currents);
      count++;
    }
    return count;
  }

  private static String headOf(JsonObject company, String unitCode) {
    return company.getJsonArray("orgUnits").getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getString("code").equals(unitCode))
        .map(u -> u.getString("head"))
        .findFirst()
        .orElseThrow();
  }

  private static String text(JsonObject json, String key) {
    return json.containsKey(key) && !json.isNull(key) ? json.getString(key) : null;
  }

  private static BigDecimal number(JsonObject json, String key) {
    JsonValue value = json.get(key);
    return value instanceof JsonNumber n ? n.bigDecimalValue() : null;
  }

  private static JsonObject read() {
    try (InputStream in = DemoCompanyLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from okr-domain.jar");
      }
      try (JsonReader reader = Json.createReader(in)) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }
}
