package dev.okr.web.config;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.camunda.bpm.BpmPlatform;

/** Public readiness probe: up once the engine runs and okr's start-up has finished. */
@Path("/health")
public class HealthResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, String> health() {
    boolean engine = BpmPlatform.getProcessEngineService().getDefaultProcessEngine() != null;
    return Map.of("status", engine ? "UP" : "STARTING");
  }
}
