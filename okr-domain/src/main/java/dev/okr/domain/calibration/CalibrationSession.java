package dev.okr.domain.calibration;

import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.shared.StateConflictException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One biweekly calibration of a region: the report generated from live data when it opened,
 * the challenger from another region and the risks they raised, and the region head's answer
 * to "are we still fighting the right battle?" with the decisions taken. Kept for good, so
 * later analysis can see which decisions were reversed and which risks materialised.
 */
@Entity
@Table(name = "okr_calibration_session")
public class CalibrationSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "region_id")
  private OrgUnit region;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CalibrationStatus status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  /** The report as JSON: one line per key result, stale ones, open reallocation requests. */
  @Column(nullable = false)
  private String report;

  @Column(name = "report_summary", nullable = false)
  private String reportSummary;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "challenger_id")
  private Employee challenger;

  @Column(name = "challenge_summary")
  private String challengeSummary;

  @Column(name = "challenged_at")
  private Instant challengedAt;

  @Column(name = "right_battle")
  private Boolean rightBattle;

  @Column(name = "battle_assessment")
  private String battleAssessment;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(nullable = false)
  private int escalations;

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<CalibrationRisk> risks = new ArrayList<>();

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<CalibrationDecision> decisions = new ArrayList<>();

  @Version
  private long version;

  protected CalibrationSession() {
  }

  CalibrationSession(OrgUnit region, String processInstanceId, String report,
      String reportSummary, Instant now) {
    this.region = region;
    this.processInstanceId = processInstanceId;
    this.report = report;
    this.reportSummary = reportSummary;
    this.openedAt = now;
    this.status = CalibrationStatus.OPEN;
  }

  void assignChallenger(Employee challenger) {
    this.challenger = challenger;
  }

  void challenge(List<CalibrationRisk> raised, String summary, Instant now) {
    if (status != CalibrationStatus.OPEN) {
      throw new StateConflictException("Calibration '" + id + "' was already challenged");
    }
    risks.addAll(raised);
    this.challengeSummary = summary;
    this.challengedAt = now;
    this.status = CalibrationStatus.CHALLENGED;
  }

  void decide(boolean rightBattle, String assessment, List<CalibrationDecision> taken,
      String by, Instant now) {
    if (status == CalibrationStatus.DECIDED) {
      throw new StateConflictException("Calibration '" + id + "' was already decided on "
          + decidedAt);
    }
    decisions.addAll(taken);
    this.rightBattle = rightBattle;
    this.battleAssessment = assessment;
    this.decidedBy = by;
    this.decidedAt = now;
    this.status = CalibrationStatus.DECIDED;
  }

  void addDecision(CalibrationDecision decision) {
    decisions.add(decision);
  }

  void escalated() {
    escalations++;
  }

  public Long getId() {
    return id;
  }

  public OrgUnit getRegion() {
    return region;
  }

  public CalibrationStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getReport() {
    return report;
  }

  public String getReportSummary() {
    return reportSummary;
  }

  public Employee getChallenger() {
    return challenger;
  }

  public String getChallengeSummary() {
    return challengeSummary;
  }

  public Instant getChallengedAt() {
    return challengedAt;
  }

  public Boolean getRightBattle() {
    return rightBattle;
  }

  public String getBattleAssessment() {
    return battleAssessment;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public int getEscalations() {
    return escalations;
  }

  public List<CalibrationRisk> getRisks() {
    return Collections.unmodifiableList(risks);
  }

  public List<CalibrationDecision> getDecisions() {
    return Collections.unmodifiableList(decisions);
  }

  public long getVersion() {
    return version;
  }
}
