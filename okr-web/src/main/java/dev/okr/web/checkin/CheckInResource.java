package dev.okr.web.checkin;

import dev.okr.domain.checkin.CheckIn;
import dev.okr.domain.checkin.CheckInRequest;
import dev.okr.domain.checkin.CheckInService;
import dev.okr.web.config.CurrentUser;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Check-ins. The history is append-only: PUT on a check-in appends a correction (only for the
 * latest one) and DELETE retracts; both keep the original. A closed cycle answers 409.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

  @Inject
  CheckInService checkIns;

  @Inject
  CheckInMapper mapper;

  @Context
  SecurityContext security;

  @GET
  @Path("key-results/{id}/check-ins")
  public List<CheckInDto> history(@PathParam("id") long keyResultId,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return checkIns.history(CurrentUser.of(security), keyResultId, page * size, size).stream()
        .map(mapper::toDto)
        .toList();
  }

  @POST
  @Path("key-results/{id}/check-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response checkIn(@PathParam("id") long keyResultId,
      @NotNull @Valid CheckInRequestDto request, @Context UriInfo uri) {
    CheckIn checkIn = checkIns.checkIn(CurrentUser.of(security), keyResultId,
        CheckInRequest.manual(request.value(), request.confidence(), request.comment()));
    return Response.created(uri.getBaseUriBuilder().path("check-ins")
            .path(String.valueOf(checkIn.getId())).build())
        .entity(mapper.toDto(checkIn))
        .build();
  }

  @GET
  @Path("check-ins/{id}")
  public CheckInDto read(@PathParam("id") long id) {
    return mapper.toDto(checkIns.read(CurrentUser.of(security), id));
  }

  /** Corrects the latest check-in; the answer is the correction, a new check-in. */
  @PUT
  @Path("check-ins/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CheckInDto correct(@PathParam("id") long id,
      @NotNull @Valid CheckInRequestDto request) {
    return mapper.toDto(checkIns.correct(CurrentUser.of(security), id,
        CheckInRequest.manual(request.value(), request.confidence(), request.comment())));
  }

  @DELETE
  @Path("check-ins/{id}")
  public Response retract(@PathParam("id") long id) {
    checkIns.retract(CurrentUser.of(security), id);
    return Response.noContent().build();
  }
}
