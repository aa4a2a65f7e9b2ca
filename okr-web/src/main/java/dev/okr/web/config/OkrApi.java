package dev.okr.web.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * okr's REST API under {@code /okr/api}. Described by OpenAPI at {@code /okr/api/openapi.json};
 * every error is {@code application/problem+json}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info = @Info(title = "okr API", version = "1",
        description = "Objectives, key results, the organisation and the current user's tasks."),
    servers = @Server(url = "/okr"),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class OkrApi extends Application {
}
