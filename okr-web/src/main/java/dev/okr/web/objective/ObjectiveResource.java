package dev.okr.web.objective;

import dev.okr.domain.objective.Objective;
import dev.okr.domain.objective.ObjectiveService;
import dev.okr.domain.objective.ObjectiveStatus;
import dev.okr.web.config.CurrentUser;
import dev.okr.workflow.objective.ObjectiveSubmissionService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** Cycles and objectives. Writes are the caller's own; reads show what the caller may see. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ObjectiveResource {

  @Inject
  ObjectiveService objectives;

  @Inject
  ObjectiveSubmissionService submissions;

  @Inject
  ObjectiveMapper mapper;

  @Context
  SecurityContext security;

  @GET
  @Path("cycles")
  public List<CycleDto> cycles() {
    return objectives.cycles().stream().map(mapper::toDto).toList();
  }

  @GET
  @Path("objectives")
  public List<ObjectiveDto> list(@QueryParam("cycle") String cycle,
      @QueryParam("ownerUnit") String ownerUnit, @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return objectives.list(CurrentUser.of(security), cycle, ownerUnit, status(status),
            page * size, size).stream()
        .map(mapper::toDto)
        .toList();
  }

  @GET
  @Path("objectives/{id}")
  public Response read(@PathParam("id") long id) {
    Objective objective = objectives.read(CurrentUser.of(security), id);
    return withTag(Response.ok(mapper.toDto(objective)), objective).build();
  }

  @POST
  @Path("objectives")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull @Valid ObjectiveDraftDto draft, @Context UriInfo uri) {
    Objective objective = objectives.createDraft(CurrentUser.of(security),
        mapper.toDraft(draft));
    return withTag(Response.created(uri.getAbsolutePathBuilder()
            .path(String.valueOf(objective.getId())).build())
        .entity(mapper.toDto(objective)), objective)
        .build();
  }

  /** Replaces an editable objective's content; requires the ETag last read as If-Match. */
  @PUT
  @Path("objectives/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revise(@PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid ObjectiveDraftDto draft) {
    Objective objective = objectives.revise(CurrentUser.of(security), id, version(ifMatch),
        mapper.toDraft(draft));
    return withTag(Response.ok(mapper.toDto(objective)), objective).build();
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
    return withTag(Response.ok(mapper.toDto(objective)), objective).build();
  }

  private static Response.ResponseBuilder withTag(Response.ResponseBuilder response,
      Objective objective) {
    return response.tag(new EntityTag(String.valueOf(objective.getVersion())));
  }

  private static long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ClientErrorException("Send the objective's ETag in If-Match to change it",
          428);
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new BadRequestException("If-Match '" + ifMatch + "' is not an ETag of this API");
    }
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
