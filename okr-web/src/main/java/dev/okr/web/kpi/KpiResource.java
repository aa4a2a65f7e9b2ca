package dev.okr.web.kpi;

import dev.okr.domain.kpi.Kpi;
import dev.okr.domain.kpi.KpiService;
import dev.okr.web.config.CurrentUser;
import dev.okr.web.config.Versions;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;

/**
 * KPIs of execution-type positions. Heads above the person define them; the person records
 * the actual by sending the KPI back with only the actual changed.
 */
@Path("kpis")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

  @Inject
  KpiService kpis;

  @Inject
  KpiMapper mapper;

  @Context
  SecurityContext security;

  @GET
  public List<KpiDto> list(@QueryParam("cycle") String cycle, @QueryParam("owner") String owner,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return kpis.list(CurrentUser.of(security), cycle, owner, page * size, size).stream()
        .map(mapper::toDto)
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@NotNull @Valid KpiDraftDto draft, @Context UriInfo uri) {
    Kpi kpi = kpis.create(CurrentUser.of(security), mapper.toDraft(draft));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(kpi.getId()))
            .build())
        .entity(mapper.toDto(kpi))
        .tag(Versions.tag(kpi.getVersion()))
        .build();
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") long id) {
    Kpi kpi = kpis.read(CurrentUser.of(security), id);
    return Versions.ok(mapper.toDto(kpi), kpi.getVersion());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid KpiDraftDto draft) {
    Kpi kpi = kpis.update(CurrentUser.of(security), id, Versions.expected(ifMatch, "KPI"),
        mapper.toDraft(draft));
    return Versions.ok(mapper.toDto(kpi), kpi.getVersion());
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    kpis.delete(CurrentUser.of(security), id, Versions.expected(ifMatch, "KPI"));
    return Response.noContent().build();
  }
}
