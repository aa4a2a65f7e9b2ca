package dev.okr.workflow.organisation;

import dev.okr.domain.organisation.Directory;
import dev.okr.domain.organisation.Group;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * The engine's group query over the groups derived from the org chart. There are a few dozen
 * groups at most, so filtering happens in memory.
 */
public class DirectoryGroupQuery extends GroupQueryImpl {

  private static final long serialVersionUID = 1L;

  public DirectoryGroupQuery() {
  }

  public DirectoryGroupQuery(CommandExecutor commandExecutor) {
    super(commandExecutor);
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return matching().count();
  }

  @Override
  public List<org.camunda.bpm.engine.identity.Group> executeList(CommandContext commandContext,
      Page page) {
    Stream<Group> groups = matching();
    if (page != null) {
      groups = groups.skip(page.getFirstResult()).limit(page.getMaxResults());
    }
    return groups.map(DirectoryIdentityProvider::toGroup).toList();
  }

  private Stream<Group> matching() {
    if (tenantId != null) {
      return Stream.empty();
    }
    Directory directory = DirectoryIdentityProvider.directory();
    List<Group> candidates = userId != null ? directory.groupsOf(userId) : directory.groups();
    return candidates.stream()
        .filter(g -> id == null || g.id().equals(id))
        .filter(g -> ids == null || Arrays.asList(ids).contains(g.id()))
        .filter(g -> name == null || g.name().equals(name))
        .filter(g -> nameLike == null || likeMatches(g.name(), nameLike))
        .filter(g -> type == null || g.type().equals(type));
  }

  static boolean likeMatches(String value, String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    return value != null && value.matches(regex.toString());
  }
}
