package dev.okr.web.alignment;

import dev.okr.domain.alignment.AlignmentLink;
import dev.okr.domain.alignment.AlignmentService;
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
 * Alignment links: up from an objective ({@code /objectives/{id}/alignments}), down to a key
 * result ({@code /key-results/{id}/aligned}), and each link by id. Self and circular alignment
 * answer 400 naming the cycle.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AlignmentResource {

  @Inject
  AlignmentService alignments;

  @Inject
  AlignmentMapper mapper;

  @Context
  SecurityContext security;

  @GET
  @Path("objectives/{id}/alignments")
  public List<AlignmentDto> upward(@PathParam("id") long objectiveId) {
    return alignments.upward(CurrentUser.of(security), objectiveId).stream()
        .map(mapper::toDto)
        .toList();
  }

  @GET
  @Path("key-results/{id}/aligned")
  public List<AlignmentDto> alignedTo(@PathParam("id") long keyResultId) {
    return alignments.alignedTo(CurrentUser.of(security), keyResultId).stream()
        .map(mapper::toDto)
        .toList();
  }

  @POST
  @Path("objectives/{id}/alignments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response link(@PathParam("id") long objectiveId,
      @NotNull @Valid AlignmentDraftDto draft, @Context UriInfo uri) {
    AlignmentLink link = alignments.link(CurrentUser.of(security), objectiveId,
        mapper.toDraft(draft));
    return Response.created(uri.getBaseUriBuilder().path("alignments")
            .path(String.valueOf(link.getId())).build())
        .entity(mapper.toDto(link))
        .tag(Versions.tag(link.getVersion()))
        .build();
  }

  @GET
  @Path("alignments/{id}")
  public Response read(@PathParam("id") long id) {
    AlignmentLink link = alignments.read(CurrentUser.of(security), id);
    return Versions.ok(mapper.toDto(link), link.getVersion());
  }

  /** Changes type, weight or the value key result; the ends of a link do not move. */
  @PUT
  @Path("alignments/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid AlignmentDraftDto draft) {
    AlignmentLink link = alignments.update(CurrentUser.of(security), id,
        Versions.expected(ifMatch, "alignment link"), mapper.toDraft(draft));
    return Versions.ok(mapper.toDto(link), link.getVersion());
  }

  @DELETE
  @Path("alignments/{id}")
  public Response unlink(@PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    alignments.unlink(CurrentUser.of(security), id, Versions.expected(ifMatch,
        "alignment link"));
    return Response.noContent().build();
  }
}
