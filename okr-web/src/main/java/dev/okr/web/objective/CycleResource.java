package dev.okr.web.objective;

import dev.okr.domain.objective.Cycle;
import dev.okr.domain.objective.CycleService;
import dev.okr.web.config.CurrentUser;
import dev.okr.web.config.Versions;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Cycles. Everyone reads them; HQ strategy defines, changes, closes and reopens them. A closed
 * cycle refuses check-ins with 409; its closure is a sub-resource so closing and reopening are
 * a PUT and a DELETE.
 */
@Path("cycles")
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

  @Inject
  CycleService cycles;

  @Inject
  ObjectiveMapper mapper;

  @Context
  SecurityContext security;

  @GET
  public List<CycleDto> list() {
    CurrentUser.of(security);
    return cycles.list().stream().map(mapper::toDto).toList();
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") long id) {
    CurrentUser.of(security);
    Cycle cycle = cycles.read(id);
    return Versions.ok(mapper.toDto(cycle), cycle.getVersion());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull @Valid CycleDraftDto draft, @Context UriInfo uri) {
    Cycle cycle = cycles.create(CurrentUser.of(security), mapper.toDraft(draft));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(cycle.getId()))
            .build())
        .entity(mapper.toDto(cycle))
        .tag(Versions.tag(cycle.getVersion()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid CycleDraftDto draft) {
    Cycle cycle = cycles.update(CurrentUser.of(security), id, Versions.expected(ifMatch,
        "cycle"), mapper.toDraft(draft));
    return Versions.ok(mapper.toDto(cycle), cycle.getVersion());
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    cycles.delete(CurrentUser.of(security), id, Versions.expected(ifMatch, "cycle"));
    return Response.noContent().build();
  }

  /** Closes the cycle (idempotent). */
  @PUT
  @Path("{id}/closure")
  public Response close(@PathParam("id") long id) {
    Cycle cycle = cycles.close(CurrentUser.of(security), id);
    return Versions.ok(mapper.toDto(cycle), cycle.getVersion());
  }

  /** Reopens the cycle (idempotent). */
  @DELETE
  @Path("{id}/closure")
  public Response reopen(@PathParam("id") long id) {
    Cycle cycle = cycles.reopen(CurrentUser.of(security), id);
    return Versions.ok(mapper.toDto(cycle), cycle.getVersion());
  }
}
