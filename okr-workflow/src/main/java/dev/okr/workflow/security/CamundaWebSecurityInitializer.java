package dev.okr.workflow.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Adds okr's security filters to Camunda's web modules when WildFly starts them. This jar sits in
 * the EAR's {@code lib/}, so the container runs this initializer for every web module; it acts
 * only on {@code /engine-rest} (authentication and the expression guard) and {@code /camunda}
 * (the expression guard on the webapps' internal engine API, which has its own login).
 */
public class CamundaWebSecurityInitializer implements ServletContainerInitializer {

  static final String ENGINE_REST_CONTEXT = "/engine-rest";
  static final String WEBAPPS_CONTEXT = "/camunda";
  private static final Logger LOG = Logger.getLogger(CamundaWebSecurityInitializer.class);

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
    if (ENGINE_REST_CONTEXT.equals(context.getContextPath())) {
      FilterRegistration.Dynamic auth = context.addFilter("okrEngineRestAuthentication",
          new EngineRestAuthenticationFilter());
      auth.addMappingForUrlPatterns(requests, false, "/*");
      FilterRegistration.Dynamic guard = context.addFilter("okrExpressionQueryGuard",
          new ExpressionQueryGuardFilter());
      guard.addMappingForUrlPatterns(requests, true, "/*");
      FilterRegistration.Dynamic errors = context.addFilter("okrEngineErrorStatus",
          new EngineErrorStatusFilter());
      errors.addMappingForUrlPatterns(requests, true, "/*");
      LOG.infof("Secured '%s': HTTP Basic authentication and expression query guard",
          ENGINE_REST_CONTEXT);
    } else if (WEBAPPS_CONTEXT.equals(context.getContextPath())) {
      FilterRegistration.Dynamic guard = context.addFilter("okrExpressionQueryGuard",
          new ExpressionQueryGuardFilter());
      guard.addMappingForUrlPatterns(requests, false, "/api/*");
      FilterRegistration.Dynamic errors = context.addFilter("okrEngineErrorStatus",
          new EngineErrorStatusFilter());
      errors.addMappingForUrlPatterns(requests, true, "/api/engine/*");
      LOG.infof("Secured '%s': expression query guard on its engine API", WEBAPPS_CONTEXT);
    }
  }
}
