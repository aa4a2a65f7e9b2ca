package dev.okr.web.reallocation;

import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.progress.ProgressService;
import dev.okr.domain.progress.ProgressService.CycleProgress;
import dev.okr.domain.progress.ProgressService.KeyResultStatus;
import dev.okr.domain.reallocation.KeyResultSide;
import dev.okr.domain.reallocation.LedgerEntry;
import dev.okr.domain.reallocation.ReallocationKeyResult;
import dev.okr.domain.reallocation.ReallocationRequest;
import dev.okr.domain.reallocation.ReallocationService;
import dev.okr.domain.reallocation.ReallocationStatus;
import dev.okr.web.config.CurrentUser;
import dev.okr.workflow.reallocation.ReallocationWorkflow;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cross-region resource reallocation: requests (each starts its approval workflow), votes for
 * API clients (Tasklist works the same tasks), and the resource ledger. Every employee may read
 * requests and the ledger; the battle board shows them.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReallocationResource {

  @Inject
  ReallocationService reallocations;

  @Inject
  ReallocationWorkflow workflow;

  @Inject
  ProgressService progress;

  @Inject
  ReallocationMapper mapper;

  @Context
  SecurityContext security;

  @POST
  @Path("reallocations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  public Response request(@NotNull @Valid ReallocationDraftDto draft, @Context UriInfo uri) {
    ReallocationRequest request = workflow.request(CurrentUser.of(security),
        mapper.toDraft(draft), null);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(request.getId()))
        .build()).entity(toDto(request)).build();
  }

  @GET
  @Path("reallocations")
  @Transactional
  public List<ReallocationDto> list(@QueryParam("region") String region,
      @QueryParam("status") String status) {
    CurrentUser.of(security);
    return reallocations.list(region, status(status)).stream().map(this::toDto).toList();
  }

  @GET
  @Path("reallocations/{id}")
  @Transactional
  public ReallocationDto read(@PathParam("id") long id) {
    CurrentUser.of(security);
    return toDto(reallocations.read(id));
  }

  /** Votes as the caller on the request: completes their open approval task. */
  @POST
  @Path("reallocations/{id}/votes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response vote(@PathParam("id") long id, @NotNull @Valid VoteRequestDto vote) {
    workflow.vote(CurrentUser.of(security), id, vote.approved(), vote.reason());
    return Response.noContent().build();
  }

  @GET
  @Path("resource-ledger")
  @Transactional
  public LedgerDto ledger(@QueryParam("region") String region) {
    CurrentUser.of(security);
    List<LedgerEntry> entries = reallocations.ledger(region);
    Map<String, BigDecimal> balances = new LinkedHashMap<>();
    for (LedgerEntry e : entries) {
      balances.merge(e.getRegion().getCode() + "|" + e.getResourceType().name(), e.getAmount(),
          BigDecimal::add);
    }
    List<LedgerDto.BalanceDto> sums = new ArrayList<>();
    balances.forEach((key, sum) -> sums.add(new LedgerDto.BalanceDto(key.split("\\|")[0],
        key.split("\\|")[1], sum)));
    return new LedgerDto(entries.stream().map(mapper::toDto).toList(), sums);
  }

  private ReallocationDto toDto(ReallocationRequest r) {
    CycleProgress numbers = r.getKeyResults().isEmpty() ? null
        : progress.ofCycles(r.getKeyResults().stream()
            .map(k -> k.getKeyResult().getObjective().getCycle().getId()).distinct().toList());
    List<ReallocationDto.KeyResultImpactDto> gains = new ArrayList<>();
    List<ReallocationDto.KeyResultImpactDto> loses = new ArrayList<>();
    for (ReallocationKeyResult link : r.getKeyResults()) {
      KeyResult k = link.getKeyResult();
      KeyResultStatus status = numbers == null ? null : numbers.keyResult(k.getId());
      ReallocationDto.KeyResultImpactDto impact = new ReallocationDto.KeyResultImpactDto(
          k.getId(), k.getCode(), k.getTitle(), k.getObjective().getId(),
          status == null ? null : ProgressService.percent(status.progress().clamped()),
          status == null ? null : status.risk().light().name());
      (link.getSide() == KeyResultSide.GAINS ? gains : loses).add(impact);
    }
    BigDecimal hours = r.responseTime() == null ? null
        : BigDecimal.valueOf(r.responseTime().toMillis())
            .divide(BigDecimal.valueOf(3_600_000), 2, RoundingMode.HALF_UP);
    return new ReallocationDto(r.getId(), r.getRequestingRegion().getCode(),
        r.getGivingRegion().getCode(), r.getResourceType().name(), r.getAmount(),
        r.getKeyAccount(), r.getReason(), r.getRequestedBy(), r.getRequestedAt(),
        r.getStatus().name(), r.getHqApprovalRequired(), r.getDecidedAt(), hours,
        r.getRejectionReason(), r.getProcessInstanceId(), r.getCalibrationSessionId(), gains,
        loses, r.getVotes().stream().map(mapper::toDto).toList(), r.getVersion());
  }

  private static ReallocationStatus status(String status) {
    if (status == null) {
      return null;
    }
    try {
      return ReallocationStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("Unknown status '" + status + "'; one of "
          + List.of(ReallocationStatus.values()));
    }
  }
}
