package dev.okr.domain.objective;

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
 * An objective of a cycle, owned by an org unit (a unit objective, with the drafter accountable)
 * or by a person. It aligns to key results above it through
 * {@link dev.okr.domain.alignment.AlignmentLink alignment links}. The status moves DRAFT →
 * IN_REVIEW → PUBLISHED, or back to RETURNED from review; content is frozen only while in
 * review, and changes to a published objective are audited like any other.
 */
@Entity
@Table(name = "okr_objective")
public class Objective {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cycle_id")
  private Cycle cycle;

  @Column(nullable = false)
  private String title;

  private String description;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_unit_id")
  private OrgUnit ownerUnit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  private Employee owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "drafted_by_id")
  private Employee draftedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ObjectiveStatus status;

  @Column(nullable = false)
  private boolean aspirational;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility = Visibility.PUBLIC;

  @Column(name = "import_key")
  private String importKey;

  @Column(name = "review_comment")
  private String reviewComment;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<KeyResult> keyResults = new ArrayList<>();

  @Version
  private long version;

  protected Objective() {
  }

  Objective(Cycle cycle, OrgUnit ownerUnit, Employee owner, Employee draftedBy, Instant now) {
    this.cycle = cycle;
    this.ownerUnit = ownerUnit;
    this.owner = owner;
    this.draftedBy = draftedBy;
    this.status = ObjectiveStatus.DRAFT;
    this.createdAt = now;
  }

  void describe(String title, String description, boolean aspirational,
      Visibility visibility) {
    requireEditable();
    this.title = title;
    this.description = description;
    this.aspirational = aspirational;
    this.visibility = visibility == null ? Visibility.PUBLIC : visibility;
  }

  KeyResult addKeyResult(KeyResultDraft draft, Employee owner) {
    requireEditable();
    int position = keyResults.isEmpty() ? 1 : keyResults.get(keyResults.size() - 1)
        .getPosition() + 1;
    KeyResult keyResult = new KeyResult(this, position, draft, owner);
    keyResults.add(keyResult);
    return keyResult;
  }

  void removeKeyResult(KeyResult keyResult) {
    requireEditable();
    keyResults.remove(keyResult);
  }

  void markImported(String importKey) {
    this.importKey = importKey;
  }

  void replaceKeyResults(List<KeyResultDraft> drafts, List<Employee> owners) {
    requireEditable();
    for (int i = 0; i < drafts.size(); i++) {
      if (i < keyResults.size()) {
        keyResults.get(i).apply(drafts.get(i));
        keyResults.get(i).changeOwner(owners.get(i));
      } else {
        keyResults.add(new KeyResult(this, i + 1, drafts.get(i), owners.get(i)));
      }
    }
    while (keyResults.size() > drafts.size()) {
      keyResults.remove(keyResults.size() - 1);
    }
  }

  void submit(Instant now) {
    if (!status.isEditable()) {
      throw new StateConflictException("Objective '" + id + "' is " + status
          + " and cannot be submitted");
    }
    this.status = ObjectiveStatus.IN_REVIEW;
    this.submittedAt = now;
  }

  void linkApprovalProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void publish(String comment, Instant now) {
    requireInReview();
    this.status = ObjectiveStatus.PUBLISHED;
    this.reviewComment = comment;
    this.publishedAt = now;
  }

  void returnToDrafter(String comment) {
    requireInReview();
    this.status = ObjectiveStatus.RETURNED;
    this.reviewComment = comment;
  }

  void assignCode(String code) {
    this.code = code;
  }

  void importAsPublished(Instant now) {
    requireEditable();
    this.status = ObjectiveStatus.PUBLISHED;
    this.submittedAt = now;
    this.publishedAt = now;
  }

  /** Throws unless the content may change now: any time except while in review. */
  void requireEditable() {
    if (status == ObjectiveStatus.IN_REVIEW) {
      throw new StateConflictException("Objective '" + id + "' is " + status
          + "; it can be edited again once the review is over");
    }
  }

  private void requireInReview() {
    if (status != ObjectiveStatus.IN_REVIEW) {
      throw new StateConflictException("Objective '" + id + "' is " + status
          + ", not in review");
    }
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public Cycle getCycle() {
    return cycle;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public OrgUnit getOwnerUnit() {
    return ownerUnit;
  }

  /** The accountable person: the owner of a personal objective, the drafter of a unit one. */
  public Employee getOwner() {
    return owner;
  }

  public Employee getDraftedBy() {
    return draftedBy;
  }

  public ObjectiveStatus getStatus() {
    return status;
  }

  public boolean isAspirational() {
    return aspirational;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  /** Where an imported objective came from (cycle and spreadsheet row); null otherwise. */
  public String getImportKey() {
    return importKey;
  }

  /** True for a personal objective: owned by a person who does not head the owning unit. */
  public boolean isPersonal() {
    return owner != null && !owner.getUsername().equals(ownerUnit.getHeadUsername())
        && ownerUnit.getParent() != null;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<KeyResult> getKeyResults() {
    return Collections.unmodifiableList(keyResults);
  }

  /** Optimistic-lock version; the API exposes it as the ETag. */
  public long getVersion() {
    return version;
  }
}
