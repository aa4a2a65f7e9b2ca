package dev.okr.domain.reallocation;

import dev.okr.domain.objective.AccessRules;
import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.ObjectiveRepository;
import dev.okr.domain.objective.UnknownKeyResultException;
import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.Group;
import dev.okr.domain.organisation.GroupIds;
import dev.okr.domain.organisation.OrgUnit;
import dev.okr.domain.organisation.OrgUnitType;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.AuditLog;
import dev.okr.domain.shared.InvalidRequestException;
import dev.okr.domain.shared.Numbers;
import dev.okr.domain.shared.StateConflictException;
import dev.okr.domain.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Cross-region reallocation requests, their votes and the resource ledger. A request is checked
 * when it is made — two different regions that both have a head (so somebody can approve),
 * a positive amount, key results that belong to the side they are listed for — so no request
 * can ever be "approved by nobody". The workflow collects the votes; this service records them
 * and books an approved transfer.
 */
@ApplicationScoped
public class ReallocationService {

  private static final Logger LOG = Logger.getLogger(ReallocationService.class);
  private static final String AUDIT_TYPE = "ReallocationRequest";

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  @Inject
  ObjectiveRepository objectives;

  @Inject
  Directory directory;

  @Inject
  AccessRules access;

  @Inject
  AuditLog audit;

  private final Clock clock = Clock.systemUTC();

  /**
   * Records a request; the caller starts its approval process in the same transaction.
   *
   * @param calibrationSessionId the calibration that asked for it, or null
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ReallocationRequest request(String actorUsername, ReallocationDraft draft,
      Long calibrationSessionId) {
    Employee actor = directory.person(actorUsername);
    OrgUnit requesting = region(draft.requestingRegion(), "requestingRegion");
    OrgUnit giving = region(draft.givingRegion(), "givingRegion");
    if (requesting.getId().equals(giving.getId())) {
      throw new InvalidRequestException("A region cannot ask itself for resources: requesting"
          + " and giving region are both '" + requesting.getCode() + "'");
    }
    if (!actor.getUsername().equals(requesting.getHeadUsername())
        && !access.isStrategist(actor)) {
      throw new AccessDeniedException("Only the head of '" + requesting.getCode()
          + "' or HQ strategy may ask for resources on its behalf");
    }
    for (OrgUnit region : List.of(requesting, giving)) {
      if (region.getHeadUsername() == null
          || directory.findPerson(region.getHeadUsername()).isEmpty()) {
        throw new StateConflictException("Region '" + region.getCode() + "' has no head, so"
            + " nobody could approve the request; appoint one first");
      }
    }
    if (draft.resourceType() == null) {
      throw new InvalidRequestException("resourceType is one of PEOPLE, BUDGET, PRESALES_DAYS");
    }
    if (draft.amount() == null || draft.amount().signum() <= 0) {
      throw new InvalidRequestException("amount must be more than 0");
    }
    Numbers.requireValue("amount", draft.amount());
    if (draft.resourceType() == ResourceType.PEOPLE
        && draft.amount().stripTrailingZeros().scale() > 0) {
      throw new InvalidRequestException("People come whole: amount "
          + draft.amount().toPlainString() + " is not a whole number");
    }
    if (draft.amount().stripTrailingZeros().scale() > 2) {
      throw new InvalidRequestException("amount " + draft.amount().toPlainString()
          + " has more than 2 decimals");
    }
    if (draft.keyAccount() == null || draft.keyAccount().isBlank()) {
      throw new InvalidRequestException("Name the key account the resources are for");
    }

    ReallocationRequest request = new ReallocationRequest(requesting, giving,
        draft.resourceType(), draft.amount(), draft.keyAccount().strip(), draft.reason(),
        actorUsername, calibrationSessionId, Instant.now(clock));
    for (Long id : nullToEmpty(draft.gainingKeyResultIds())) {
      request.link(keyResultOf(id, requesting, "gaining"), KeyResultSide.GAINS);
    }
    for (Long id : nullToEmpty(draft.losingKeyResultIds())) {
      request.link(keyResultOf(id, giving, "losing"), KeyResultSide.LOSES);
    }
    em.persist(request);
    em.flush();

    audit.record(actorUsername, "REQUESTED", AUDIT_TYPE, request.getId(), null, null,
        state(request));
    LOG.infof("Reallocation request '%d': '%s' asks '%s' for %s %s for '%s'", request.getId(),
        requesting.getCode(), giving.getCode(), draft.amount().toPlainString(),
        draft.resourceType(), request.getKeyAccount());
    return request;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void linkProcess(long requestId, String processInstanceId) {
    find(requestId).startedAs(processInstanceId);
  }

  /**
   * The groups whose vote the request needs: the heads of the giving and requesting regions,
   * and HQ when the approval-level decision asks for it. Never empty.
   */
  @Transactional
  public List<String> approverGroups(long requestId, boolean hqApprovalRequired) {
    ReallocationRequest request = find(requestId);
    List<String> groups = new ArrayList<>();
    groups.add(GroupIds.regionHead(request.getGivingRegion().getCode()));
    groups.add(GroupIds.regionHead(request.getRequestingRegion().getCode()));
    if (hqApprovalRequired) {
      groups.add(GroupIds.HQ);
    }
    return groups;
  }

  /**
   * Records a vote for an approver group; the voter must belong to it. A rejection needs a
   * reason.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ReallocationVote vote(long requestId, String approverGroup, String voterUsername,
      boolean approved, String reason) {
    ReallocationRequest request = find(requestId);
    boolean member = directory.groupsOf(voterUsername).stream().map(Group::id)
        .anyMatch(approverGroup::equals);
    if (!member) {
      throw new AccessDeniedException("'" + voterUsername + "' does not belong to '"
          + approverGroup + "' and cannot vote for it");
    }
    if (!approved && (reason == null || reason.isBlank())) {
      throw new InvalidRequestException("Say why the reallocation is rejected"
          + " (rejectionReason)");
    }

    ReallocationVote vote = request.vote(approverGroup, voterUsername, approved,
        reason == null ? null : reason.strip(), Instant.now(clock));
    em.flush();

    audit.record(voterUsername, approved ? "APPROVED" : "REJECTED", AUDIT_TYPE, requestId,
        approverGroup + (reason == null ? "" : ": " + reason));
    LOG.infof("Reallocation request '%d': '%s' voted %s for '%s'", requestId, voterUsername,
        approved ? "yes" : "no", approverGroup);
    return vote;
  }

  @Transactional
  public boolean anyRejected(long requestId) {
    return find(requestId).isRejectedByAnyone();
  }

  /** Marks the request approved and books the transfer: minus for the giver, plus for the taker. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void approve(long requestId, boolean hqApprovalRequired) {
    ReallocationRequest request = find(requestId);
    Map<String, Object> before = state(request);
    Instant now = Instant.now(clock);

    request.requireHqApproval(hqApprovalRequired);
    request.approve(now);
    em.persist(new LedgerEntry(request.getGivingRegion(), request.getResourceType(),
        request.getAmount().negate(), request.getKeyAccount(), request, now));
    em.persist(new LedgerEntry(request.getRequestingRegion(), request.getResourceType(),
        request.getAmount(), request.getKeyAccount(), request, now));
    em.flush();

    audit.record("system", "BOOKED", AUDIT_TYPE, requestId, null, before, state(request));
    LOG.infof("Reallocation request '%d' approved after %s; %s %s booked from '%s' to '%s'",
        requestId, request.responseTime(), request.getAmount().toPlainString(),
        request.getResourceType(), request.getGivingRegion().getCode(),
        request.getRequestingRegion().getCode());
  }

  /** Ends the request with the first rejecting vote's reason. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reject(long requestId, boolean hqApprovalRequired) {
    ReallocationRequest request = find(requestId);
    Map<String, Object> before = state(request);
    String reason = request.getVotes().stream().filter(v -> !v.isApproved())
        .map(v -> v.getApproverGroup() + ": " + v.getReason())
        .findFirst().orElse("rejected");

    request.requireHqApproval(hqApprovalRequired);
    request.reject(reason, Instant.now(clock));
    em.flush();

    audit.record("system", "REJECTED", AUDIT_TYPE, requestId, reason, before, state(request));
    LOG.infof("Reallocation request '%d' rejected after %s (%s)", requestId,
        request.responseTime(), reason);
  }

  /** Records that approvers were reminded or the request was escalated to HQ. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordFollowUp(long requestId, String what) {
    audit.record("system", what, AUDIT_TYPE, requestId, null);
    LOG.infof("Reallocation request '%d' is waiting for votes: %s", requestId, what);
  }

  @Transactional
  public ReallocationRequest read(long id) {
    return find(id);
  }

  /** Requests involving the region (either side), newest first; null region means all. */
  @Transactional
  public List<ReallocationRequest> list(String regionCode, ReallocationStatus status) {
    return em.createQuery("select r from ReallocationRequest r"
            + " where (:region is null or r.requestingRegion.code = :region"
            + " or r.givingRegion.code = :region)"
            + " and (:status is null or r.status = :status) order by r.id desc",
            ReallocationRequest.class)
        .setParameter("region", regionCode)
        .setParameter("status", status)
        .getResultList();
  }

  /** Ledger entries of a region (all regions when null), oldest first. */
  @Transactional
  public List<LedgerEntry> ledger(String regionCode) {
    return em.createQuery("select e from LedgerEntry e"
            + " where (:region is null or e.region.code = :region) order by e.id",
            LedgerEntry.class)
        .setParameter("region", regionCode)
        .getResultList();
  }

  private ReallocationRequest find(long id) {
    ReallocationRequest request = em.find(ReallocationRequest.class, id);
    if (request == null) {
      throw new UnknownEntityException("Reallocation request", id);
    }
    return request;
  }

  private OrgUnit region(String code, String field) {
    if (code == null || code.isBlank()) {
      throw new InvalidRequestException(field + " is required: a region code such as east");
    }
    OrgUnit unit = directory.findOrgUnit(code)
        .orElseThrow(() -> new InvalidRequestException(field + " '" + code
            + "' is not a region"));
    if (unit.getType() != OrgUnitType.REGION) {
      throw new InvalidRequestException(field + " '" + code + "' is a " + unit.getType()
          + ", not a region");
    }
    return unit;
  }

  private KeyResult keyResultOf(long id, OrgUnit region, String side) {
    KeyResult keyResult = objectives.findKeyResult(id)
        .orElseThrow(() -> new UnknownKeyResultException(id));
    if (keyResult.getObjective().getOwnerUnit().isWithin(region)) {
      return keyResult;
    }
    throw new InvalidRequestException("Key result '" + id + "' is not one of '"
        + region.getCode() + "', so it cannot be listed as " + side);
  }

  private static List<Long> nullToEmpty(List<Long> ids) {
    return ids == null ? List.of() : ids;
  }


  static Map<String, Object> state(ReallocationRequest r) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("requestingRegion", r.getRequestingRegion().getCode());
    state.put("givingRegion", r.getGivingRegion().getCode());
    state.put("resourceType", r.getResourceType().name());
    state.put("amount", r.getAmount().toPlainString());
    state.put("keyAccount", r.getKeyAccount());
    state.put("status", r.getStatus().name());
    state.put("rejectionReason", r.getRejectionReason());
    return state;
  }
}
