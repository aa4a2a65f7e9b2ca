package dev.okr.web.objective;

import dev.okr.domain.objective.KeyResult;
import dev.okr.domain.objective.Objective;
import dev.okr.domain.objective.ObjectiveFilter;
import dev.okr.domain.objective.ObjectiveService;
import dev.okr.domain.objective.ObjectiveStatus;
import dev.okr.domain.progress.ProgressService;
import dev.okr.web.config.CurrentUser;
import dev.okr.web.config.Versions;
import dev.okr.web.progress.ProgressView;
import dev.okr.workflow.objective.ObjectiveSubmissionService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Objectives and their key results. Writes are checked against the caller's rights; reads show
 * only what the caller may see, and an objective the caller may not see answers 404 like one
 * that does not exist. Every change needs the ETag last read in If-Match.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ObjectiveResource {

  /** Total number of matches of a list, whatever the page. */
  public static final String TOTAL_COUNT = "X-Total-Count";
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  @Inject
  ObjectiveService objectives;

  @Inject
  ObjectiveSubmissionService submissions;

  @Inject
  ProgressService progress;

  @Inject
  ObjectiveMapper mapper;

  @Context
  SecurityContext security;

  /**
   * A page of objectives, oldest first, with progress, risk and score.
   *
   * @param owner     the accountable person's username
   * @param ownerUnit the owning unit's code
   * @param quarter   a calendar quarter such as 2025-Q4: objectives whose cycle overlaps it,
   *                  so a cycle crossing quarters shows in each of them
   */
  @GET
  @Path("objectives")
  public Response list(@QueryParam("cycle") String cycle, @QueryParam("owner") String owner,
      @QueryParam("ownerUnit") String ownerUnit, @QueryParam("status") String status,
      @QueryParam("quarter") String quarter,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    String username = CurrentUser.of(security);
    LocalDate[] period = quarter(quarter);
    ObjectiveFilter filter = new ObjectiveFilter(cycle, owner, ownerUnit, status(status),
        period[0], period[1]);

    List<Objective> found = objectives.list(username, filter, page * size, size);
    ProgressView view = view(found);
    List<ObjectiveDto> body = found.stream().map(o -> mapper.toDto(o, view)).toList();
    return Response.ok(body).header(TOTAL_COUNT, objectives.count(username, filter)).build();
  }

  @GET
  @Path("objectives/{id}")
  public Response read(@PathParam("id") long id) {
    Objective objective = objectives.read(CurrentUser.of(security), id);
    return Versions.ok(mapper.toDto(objective, view(List.of(objective))),
        objective.getVersion());
  }

  @POST
  @Path("objectives")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull @Valid ObjectiveDraftDto draft, @Context UriInfo uri) {
    Objective objective = objectives.createDraft(CurrentUser.of(security),
        mapper.toDraft(draft));
    return Response.created(uri.getAbsolutePathBuilder()
            .path(String.valueOf(objective.getId())).build())
        .entity(mapper.toDto(objective, view(List.of(objective))))
        .tag(Versions.tag(objective.getVersion()))
        .build();
  }

  /** Changes an objective's content; requires the ETag last read as If-Match. */
  @PUT
  @Path("objectives/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revise(@PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid ObjectiveDraftDto draft) {
    Objective objective = objectives.revise(CurrentUser.of(security), id,
        Versions.expected(ifMatch, "objective"), mapper.toDraft(draft));
    return Versions.ok(mapper.toDto(objective, view(List.of(objective))),
        objective.getVersion());
  }

  /** Deletes an objective with its key results and their check-ins. */
  @DELETE
  @Path("objectives/{id}")
  public Response delete(@PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    objectives.delete(CurrentUser.of(security), id, Versions.expected(ifMatch, "objective"));
    return Response.noContent().build();
  }

  /**
   * Sends the objective to review. The answer shows the status after the quality check:
   * IN_REVIEW with the reviewer's task open, or RETURNED with the check's findings.
   */
  @POST
  @Path("objectives/{id}/submission")
  public Response submit(@PathParam("id") long id) {
    String username = CurrentUser.of(security);
    submissions.submit(username, id);

    Objective objective = objectives.read(username, id);
    return Versions.ok(mapper.toDto(objective, view(List.of(objective))),
        objective.getVersion());
  }

  @GET
  @Path("objectives/{id}/key-results")
  public List<KeyResultDto> keyResults(@PathParam("id") long id) {
    Objective objective = objectives.read(CurrentUser.of(security), id);
    ProgressView view = view(List.of(objective));
    return objective.getKeyResults().stream().map(k -> mapper.toDto(k, view)).toList();
  }

  @POST
  @Path("objectives/{id}/key-results")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addKeyResult(@PathParam("id") long id,
      @NotNull @Valid KeyResultDraftDto draft, @Context UriInfo uri) {
    KeyResult keyResult = objectives.addKeyResult(CurrentUser.of(security), id,
        mapper.toDraft(draft));
    return Response.created(uri.getBaseUriBuilder().path("key-results")
            .path(String.valueOf(keyResult.getId())).build())
        .entity(mapper.toDto(keyResult, view(List.of(keyResult.getObjective()))))
        .tag(Versions.tag(keyResult.getVersion()))
        .build();
  }

  @GET
  @Path("key-results/{id}")
  public Response readKeyResult(@PathParam("id") long id) {
    KeyResult keyResult = objectives.readKeyResult(CurrentUser.of(security), id);
    return Versions.ok(mapper.toDto(keyResult, view(List.of(keyResult.getObjective()))),
        keyResult.getVersion());
  }

  /** Changes a key result's definition; its value changes through check-ins only. */
  @PUT
  @Path("key-results/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response updateKeyResult(@PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid KeyResultDraftDto draft) {
    KeyResult keyResult = objectives.updateKeyResult(CurrentUser.of(security), id,
        Versions.expected(ifMatch, "key result"), mapper.toDraft(draft));
    return Versions.ok(mapper.toDto(keyResult, view(List.of(keyResult.getObjective()))),
        keyResult.getVersion());
  }

  @DELETE
  @Path("key-results/{id}")
  public Response deleteKeyResult(@PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    objectives.deleteKeyResult(CurrentUser.of(security), id,
        Versions.expected(ifMatch, "key result"));
    return Response.noContent().build();
  }

  private ProgressView view(Collection<Objective> shown) {
    if (shown.isEmpty()) {
      return new ProgressView(null);
    }
    return new ProgressView(progress.ofCycles(shown.stream()
        .map(o -> o.getCycle().getId())
        .distinct()
        .toList()));
  }

  private static LocalDate[] quarter(String quarter) {
    if (quarter == null) {
      return new LocalDate[2];
    }
    Matcher m = QUARTER.matcher(quarter);
    if (!m.matches()) {
      throw new BadRequestException("quarter is written like 2025-Q4, not '" + quarter + "'");
    }
    LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)),
        (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
    return new LocalDate[] {start, start.plusMonths(3).minusDays(1)};
  }

  private static ObjectiveStatus status(String status) {
    if (status == null) {
      return null;
    }
    try {
      return ObjectiveStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("Unknown status '" + status + "'; one of "
          + List.of(ObjectiveStatus.values()));
    }
  }
}
