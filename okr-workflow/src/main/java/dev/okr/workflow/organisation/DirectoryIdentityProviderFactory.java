package dev.okr.workflow.organisation;

import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Opens a {@link DirectoryIdentityProvider} for each engine command that needs identity. */
public class DirectoryIdentityProviderFactory implements SessionFactory {

  @Override
  public Class<?> getSessionType() {
    return ReadOnlyIdentityProvider.class;
  }

  @Override
  public Session openSession() {
    return new DirectoryIdentityProvider();
  }
}
