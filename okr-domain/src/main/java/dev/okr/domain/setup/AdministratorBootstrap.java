package dev.okr.domain.setup;

import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.EmployeeRole;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.organisation.OrgUnitType;
import dev.okr.domain.organisation.OrganisationRepository;
import dev.okr.domain.organisation.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator of a company that has none, from credentials the operator
 * passes at start-up ({@code OKR_ADMIN_USERNAME} and {@code OKR_ADMIN_PASSWORD}). Creates the
 * headquarters unit too when the organisation is empty.
 */
@ApplicationScoped
public class AdministratorBootstrap {

  private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class);

  @Inject
  OrganisationRepository organisation;

  @Inject
  Directory directory;

  /** Creates the administrator unless one exists already; true if it created one. */
  @Transactional
  public boolean createFirstAdministrator(String username, String password) {
    if (organisation.countAdministrators() > 0) {
      return false;
    }
    if (password == null || password.length() < 8) {
      LOG.errorf("No administrator exists and OKR_ADMIN_PASSWORD is missing or shorter than 8"
          + " characters; set it and restart to create administrator '%s'", username);
      return false;
    }
    OrgUnit hq = directory.findOrgUnit("hq").orElseGet(() -> {
      OrgUnit created = new OrgUnit("hq", "总部", OrgUnitType.HQ, null);
      organisation.add(created);
      return created;
    });

    Employee admin = new Employee(username, "系统管理员", EmployeeRole.ADMINISTRATOR, hq);
    admin.grantAdministration();
    admin.changePasswordHash(new PasswordHasher().hash(password));
    organisation.add(admin);

    LOG.infof("First administrator '%s' created", username);
    return true;
  }
}
