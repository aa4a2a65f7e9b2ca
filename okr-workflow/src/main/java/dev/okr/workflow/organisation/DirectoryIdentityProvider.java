package dev.okr.workflow.organisation;

import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Employee;
import dev.okr.domain.organisation.Group;
import dev.okr.workflow.engine.ApplicationBeans;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Answers the engine's identity questions from the domain directory. Users are employees (id =
 * username), groups follow the org chart (see {@link dev.okr.domain.organisation.GroupIds}); okr
 * has no tenants. Changes to people are made in okr, never through the engine.
 */
public class DirectoryIdentityProvider implements ReadOnlyIdentityProvider {

  static Directory directory() {
    return ApplicationBeans.get(Directory.class);
  }

  static User toUser(Employee person) {
    UserEntity user = new UserEntity(person.getUsername());
    user.setFirstName(person.givenName());
    user.setLastName(person.familyName());
    user.setEmail(person.getEmail());
    return user;
  }

  static org.camunda.bpm.engine.identity.Group toGroup(Group group) {
    GroupEntity entity = new GroupEntity(group.id());
    entity.setName(group.name());
    entity.setType(group.type());
    return entity;
  }

  @Override
  public User findUserById(String userId) {
    return directory().findPerson(userId).map(DirectoryIdentityProvider::toUser).orElse(null);
  }

  @Override
  public UserQuery createUserQuery() {
    return new DirectoryUserQuery(Context.getProcessEngineConfiguration()
        .getCommandExecutorTxRequired());
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new DirectoryUserQuery();
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new IdentityProviderException("Native user queries are not supported: people live in"
        + " okr's own tables, query them through the user query or the okr API");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return userId != null && password != null && directory().checkPassword(userId, password);
  }

  @Override
  public org.camunda.bpm.engine.identity.Group findGroupById(String groupId) {
    return directory().findGroup(groupId).map(DirectoryIdentityProvider::toGroup).orElse(null);
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new DirectoryGroupQuery(Context.getProcessEngineConfiguration()
        .getCommandExecutorTxRequired());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new DirectoryGroupQuery();
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new NoTenantQuery(Context.getProcessEngineConfiguration()
        .getCommandExecutorTxRequired());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new NoTenantQuery();
  }

  @Override
  public void flush() {
    // Read-only: nothing to write.
  }

  @Override
  public void close() {
    // Holds no resources; the directory's persistence context belongs to the transaction.
  }
}
