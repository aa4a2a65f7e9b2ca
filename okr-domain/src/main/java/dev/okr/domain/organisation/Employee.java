package dev.okr.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A person of the company who may log in. The username is the login name and the user id the
 * workflow engine sees; the password is kept only as a {@link PasswordHasher} hash.
 */
@Entity
@Table(name = "okr_employee")
public class Employee {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;

  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "employee_role", nullable = false)
  private EmployeeRole role;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(nullable = false)
  private boolean administrator;

  @Column(nullable = false)
  private boolean active = true;

  @Version
  private long version;

  protected Employee() {
  }

  public Employee(String username, String displayName, EmployeeRole role, OrgUnit orgUnit) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.role = Objects.requireNonNull(role);
    this.orgUnit = Objects.requireNonNull(orgUnit);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public EmployeeRole getRole() {
    return role;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public boolean isAdministrator() {
    return administrator;
  }

  public void grantAdministration() {
    this.administrator = true;
  }

  public boolean isActive() {
    return active;
  }

  /** The stored hash, never the password itself; null when the person cannot log in. */
  public String getPasswordHash() {
    return passwordHash;
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  /** Surname for the engine's user profile: the first character of a Chinese name. */
  public String familyName() {
    return displayName.length() > 1 ? displayName.substring(0, 1) : displayName;
  }

  /** Given name for the engine's user profile: what follows the surname. */
  public String givenName() {
    return displayName.length() > 1 ? displayName.substring(1) : "";
  }
}
