package dev.okr.domain.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stores org units and people; reading goes through {@link Directory}. */
@ApplicationScoped
public class OrganisationRepository {

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  public void add(OrgUnit unit) {
    em.persist(unit);
  }

  public void add(Employee employee) {
    em.persist(employee);
  }

  public long countOrgUnits() {
    return em.createQuery("select count(u) from OrgUnit u", Long.class).getSingleResult();
  }

  public long countAdministrators() {
    return em.createQuery("select count(e) from Employee e where e.administrator = true",
        Long.class).getSingleResult();
  }

  public void flush() {
    em.flush();
  }
}
