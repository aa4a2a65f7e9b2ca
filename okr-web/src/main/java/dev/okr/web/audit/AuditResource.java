package dev.okr.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.domain.objective.AccessRules;
import dev.okr.domain.objective.ObjectiveService;
import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.AuditEntry;
import dev.okr.domain.shared.AuditLog;
import dev.okr.web.config.CurrentUser;
import dev.okr.web.objective.ObjectiveResource;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The audit trail: who changed what, when, with the state before and after. HQ strategy and
 * administrators read all of it; everyone reads the trail of an objective they may see.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class AuditResource {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  AuditLog audit;

  @Inject
  Directory directory;

  @Inject
  AccessRules access;

  @Inject
  ObjectiveService objectives;

  @Context
  SecurityContext security;

  /** Entries oldest first, filtered by entity type, entity id and actor. */
  @GET
  @Path("audit-entries")
  public Response search(@QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId, @QueryParam("actor") String actor,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
    Employee viewer = directory.person(CurrentUser.of(security));
    if (!access.isStrategist(viewer)) {
      throw new AccessDeniedException("Only HQ strategy and administrators read the whole"
          + " audit trail; read an objective's trail at /objectives/{id}/audit-entries");
    }
    List<AuditEntryDto> body = audit.search(entityType, entityId, actor, page * size, size)
        .stream().map(this::toDto).toList();
    return Response.ok(body)
        .header(ObjectiveResource.TOTAL_COUNT, audit.count(entityType, entityId, actor))
        .build();
  }

  /** The trail of one objective the caller may see. */
  @GET
  @Path("objectives/{id}/audit-entries")
  public List<AuditEntryDto> ofObjective(@PathParam("id") long id) {
    objectives.read(CurrentUser.of(security), id);
    return audit.forEntity("Objective", id).stream().map(this::toDto).toList();
  }

  private AuditEntryDto toDto(AuditEntry entry) {
    return new AuditEntryDto(entry.getId(), entry.getOccurredAt(), entry.getActor(),
        entry.getAction(), entry.getEntityType(), entry.getEntityId(), entry.getDetail(),
        parse(entry.getBefore()), parse(entry.getAfter()));
  }

  private JsonNode parse(String state) {
    if (state == null) {
      return null;
    }
    try {
      return JSON.readTree(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Audit state is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
