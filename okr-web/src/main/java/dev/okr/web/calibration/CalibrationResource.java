package dev.okr.web.calibration;

import dev.okr.domain.calibration.CalibrationDecision;
import dev.okr.domain.calibration.CalibrationService;
import dev.okr.domain.calibration.CalibrationSession;
import dev.okr.web.config.CurrentUser;
import dev.okr.workflow.calibration.CalibrationWorkflow;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * A region's calibration sessions and their decisions. The biweekly timer starts them; the
 * region head or HQ strategy may also call one now. Every employee may read them: the
 * battle board is open by design.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class CalibrationResource {

  @Inject
  CalibrationService calibrations;

  @Inject
  CalibrationWorkflow workflow;

  @Inject
  CalibrationMapper mapper;

  @Context
  SecurityContext security;

  @GET
  @Path("regions/{code}/calibrations")
  public List<CalibrationSessionDto> list(@PathParam("code") String regionCode) {
    CurrentUser.of(security);
    return calibrations.list(regionCode).stream().map(mapper::toDto).toList();
  }

  /** Calls a calibration of the region now; the answer is its session with the report. */
  @POST
  @Path("regions/{code}/calibrations")
  public Response start(@PathParam("code") String regionCode, @Context UriInfo uri) {
    CalibrationSession session = workflow.start(CurrentUser.of(security), regionCode);
    return Response.created(uri.getBaseUriBuilder().path("calibrations")
            .path(String.valueOf(session.getId())).build())
        .entity(mapper.toDto(session))
        .build();
  }

  /**
   * Adds a decision to a calibration, for instance one that reverses a decision of an earlier
   * calibration of the region ({@code reversesDecisionId}).
   */
  @POST
  @Path("calibrations/{id}/decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response decide(@PathParam("id") long id, @NotNull @Valid DecisionRequestDto request,
      @Context UriInfo uri) {
    CalibrationDecision decision = calibrations.addDecision(id, CurrentUser.of(security),
        request.text(), request.reversesDecisionId());
    return Response.created(uri.getAbsolutePath()).entity(mapper.toDto(decision)).build();
  }

  @GET
  @Path("calibrations/{id}")
  public CalibrationSessionDto read(@PathParam("id") long id) {
    CurrentUser.of(security);
    return mapper.toDto(calibrations.read(id));
  }
}
