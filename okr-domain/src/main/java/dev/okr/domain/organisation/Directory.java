package dev.okr.domain.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is who: people, the groups they belong to and whom they report to, all derived from the
 * org chart. The workflow engine's identity provider and the API read identity only through
 * this service. Read-only; every method joins the caller's transaction if there is one.
 */
@ApplicationScoped
@Transactional
public class Directory {

  private static final PasswordHasher HASHER = new PasswordHasher();

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  public Optional<Employee> findPerson(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select e from Employee e join fetch e.orgUnit where e.username = :u", Employee.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /** The active person with this e-mail address, compared without regard to case. */
  public Optional<Employee> findPersonByEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("select e from Employee e where lower(e.email) = :email"
            + " and e.active = true", Employee.class)
        .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  public Employee person(String username) {
    return findPerson(username).orElseThrow(() -> new UnknownPersonException(username));
  }

  /** True only for an active person whose stored hash matches the password. */
  public boolean checkPassword(String username, String password) {
    return findPerson(username)
        .filter(Employee::isActive)
        .map(person -> HASHER.matches(password, person.getPasswordHash()))
        .orElse(false);
  }

  public Optional<OrgUnit> findOrgUnit(String code) {
    return em.createQuery("select u from OrgUnit u where u.code = :c", OrgUnit.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  public OrgUnit orgUnit(String code) {
    return findOrgUnit(code).orElseThrow(() -> new UnknownOrgUnitException(code));
  }

  /** All org units, parents before children. */
  public List<OrgUnit> orgUnits() {
    return em.createQuery("select u from OrgUnit u order by u.id", OrgUnit.class)
        .getResultList();
  }

  /**
   * The person someone reports to: the head of their own unit, or, for the head of a unit, the
   * head of the unit above. Empty at the top of the company or when the position is vacant.
   */
  public Optional<Employee> superiorOf(Employee person) {
    OrgUnit unit = person.getOrgUnit();
    while (unit != null) {
      String head = unit.getHeadUsername();
      if (head != null && !head.equals(person.getUsername())) {
        return findPerson(head);
      }
      unit = unit.getParent();
    }
    return Optional.empty();
  }

  public List<Employee> search(PersonSearch search, int firstResult, int maxResults) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Employee> query = cb.createQuery(Employee.class);
    Root<Employee> person = query.from(Employee.class);
    @SuppressWarnings("unchecked")
    Join<Employee, OrgUnit> unit = (Join<Employee, OrgUnit>) person.<Employee, OrgUnit>fetch(
        "orgUnit");
    query.select(person)
        .where(criteria(cb, person, unit, search))
        .orderBy(cb.asc(person.get("username")));
    TypedQuery<Employee> typed = em.createQuery(query).setFirstResult(firstResult);
    if (maxResults < Integer.MAX_VALUE) {
      typed.setMaxResults(maxResults);
    }
    return typed.getResultList();
  }

  public long count(PersonSearch search) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Employee> person = query.from(Employee.class);
    query.select(cb.count(person)).where(criteria(cb, person, person.join("orgUnit"), search));
    return em.createQuery(query).getSingleResult();
  }

  /** The groups a person belongs to, derived from role, unit and headships. */
  public List<Group> groupsOf(String username) {
    Optional<Employee> found = findPerson(username);
    if (found.isEmpty()) {
      return List.of();
    }
    Employee person = found.get();
    List<Group> groups = new ArrayList<>();
    groups.add(staffGroup());
    if (person.getOrgUnit().getType() == OrgUnitType.HQ) {
      groups.add(hqGroup());
    }
    if (person.isAdministrator()) {
      groups.add(camundaAdminGroup());
      groups.add(okrAdminsGroup());
    }
    for (OrgUnit unit : headedBy(username)) {
      headGroup(unit).ifPresent(groups::add);
    }
    return groups;
  }

  /** Every group the organisation defines, ordered by id. */
  public List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    groups.add(staffGroup());
    groups.add(hqGroup());
    groups.add(camundaAdminGroup());
    groups.add(okrAdminsGroup());
    for (OrgUnit unit : orgUnits()) {
      headGroup(unit).ifPresent(groups::add);
    }
    groups.sort(Comparator.comparing(Group::id));
    return groups;
  }

  public Optional<Group> findGroup(String groupId) {
    return groups().stream().filter(g -> g.id().equals(groupId)).findFirst();
  }

  private List<OrgUnit> headedBy(String username) {
    return em.createQuery("select u from OrgUnit u where u.headUsername = :u", OrgUnit.class)
        .setParameter("u", username)
        .getResultList();
  }

  private static Optional<Group> headGroup(OrgUnit unit) {
    return switch (unit.getType()) {
      case REGION -> Optional.of(new Group(GroupIds.regionHead(unit.getCode()),
          unit.getName() + " 负责人", "ORG"));
      case TEAM -> Optional.of(new Group(GroupIds.teamManager(unit.getCode()),
          unit.getName() + " 经理", "ORG"));
      case HQ -> Optional.empty();
    };
  }

  private static Group staffGroup() {
    return new Group(GroupIds.STAFF, "全体员工", "ORG");
  }

  private static Group hqGroup() {
    return new Group(GroupIds.HQ, "总部", "ORG");
  }

  private static Group camundaAdminGroup() {
    return new Group(GroupIds.CAMUNDA_ADMIN, "系统管理员", "SYSTEM");
  }

  private static Group okrAdminsGroup() {
    return new Group(GroupIds.OKR_ADMINS, "OKR 管理员", "SYSTEM");
  }

  private Predicate criteria(CriteriaBuilder cb, Root<Employee> person,
      Join<Employee, OrgUnit> unit, PersonSearch search) {
    List<Predicate> all = new ArrayList<>();
    Expression<String> name = person.get("displayName");
    Expression<String> family = cb.substring(name, 1, 1);
    Expression<String> given = cb.substring(name, 2);
    if (search.username() != null) {
      all.add(cb.equal(person.get("username"), search.username()));
    }
    if (search.usernames() != null) {
      all.add(search.usernames().isEmpty()
          ? cb.disjunction() : person.get("username").in(search.usernames()));
    }
    addText(cb, all, family, search.familyName(), search.familyNameLike());
    addText(cb, all, given, search.givenName(), search.givenNameLike());
    addText(cb, all, person.get("email"), search.email(), search.emailLike());
    if (search.orgUnitCode() != null) {
      all.add(cb.equal(unit.get("code"), search.orgUnitCode()));
    }
    if (search.groupId() != null) {
      all.add(memberOf(cb, person, unit, search.groupId()));
    }
    return cb.and(all.toArray(Predicate[]::new));
  }

  private Predicate memberOf(CriteriaBuilder cb, Root<Employee> person,
      Join<Employee, OrgUnit> unit, String groupId) {
    switch (groupId) {
      case GroupIds.STAFF:
        return cb.conjunction();
      case GroupIds.HQ:
        return cb.equal(unit.get("type"), OrgUnitType.HQ);
      case GroupIds.CAMUNDA_ADMIN, GroupIds.OKR_ADMINS:
        return cb.isTrue(person.get("administrator"));
      default:
        String region = GroupIds.regionOfHeadGroup(groupId);
        String team = GroupIds.teamOfManagerGroup(groupId);
        String code = region != null ? region : team;
        OrgUnitType type = region != null ? OrgUnitType.REGION : OrgUnitType.TEAM;
        Optional<OrgUnit> headed = code == null ? Optional.empty() : findOrgUnit(code)
            .filter(u -> u.getType() == type && u.getHeadUsername() != null);
        return headed
            .map(u -> cb.equal(person.get("username"), u.getHeadUsername()))
            .orElseGet(cb::disjunction);
    }
  }

  private static void addText(CriteriaBuilder cb, List<Predicate> all, Expression<String> field,
      String exact, String like) {
    if (exact != null) {
      all.add(cb.equal(field, exact));
    }
    if (like != null) {
      all.add(cb.like(field, like));
    }
  }
}
