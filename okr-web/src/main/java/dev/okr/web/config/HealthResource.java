package dev.okr.web.config;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.BpmPlatform;
import org.jboss.logging.Logger;

/**
 * Public readiness probe: UP once the engine runs and the database answers; DOWN (503) when the
 * database does not, so a load balancer or operator notices at once.
 */
@Path("/health")
public class HealthResource {

  private static final Logger LOG = Logger.getLogger(HealthResource.class);

  @PersistenceContext(unitName = "okr")
  EntityManager em;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    boolean engine = BpmPlatform.getProcessEngineService().getDefaultProcessEngine() != null;
    if (!engine) {
      return Response.ok(Map.of("status", "STARTING")).build();
    }
    try {
      em.createNativeQuery("select 1").getSingleResult();
    } catch (PersistenceException e) {
      LOG.warnf("Health check: the database does not answer (%s); check the datasource OkrDS"
          + " and the database server", e.getMessage());
      return Response.status(503).entity(Map.of("status", "DOWN", "database", "unreachable"))
          .build();
    }
    return Response.ok(Map.of("status", "UP")).build();
  }
}
