package dev.okr.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExpressionQueryGuardFilterTest {

  @Test
  void shouldFindExpressionKeysNestedInOrQueries() {
    String body = "{\"assignee\":\"a\",\"orQueries\":[{\"processVariables\":[],"
        + "\"candidateGroupsExpression\":\"${currentUserGroups()}\"}]}";

    assertThat(ExpressionQueryGuardFilter.expressionKeyIn(bytes(body)))
        .isEqualTo("candidateGroupsExpression");
  }

  @Test
  void shouldPassQueriesWithoutExpressionsAndBodiesThatAreNotJson() {
    assertThat(ExpressionQueryGuardFilter.expressionKeyIn(
        bytes("{\"orQueries\":[{\"assignee\":\"li.qiang\"}]}"))).isNull();
    assertThat(ExpressionQueryGuardFilter.expressionKeyIn(bytes("{\"broken\": "))).isNull();
    assertThat(ExpressionQueryGuardFilter.expressionKeyIn(new byte[0])).isNull();
  }

  @Test
  void shouldGuardTaskAndFilterPathsOnly() {
    assertThat(ExpressionQueryGuardFilter.isGuardedPath("/engine-rest/task/count")).isTrue();
    assertThat(ExpressionQueryGuardFilter.isGuardedPath("/engine-rest/filter/1/list")).isTrue();
    assertThat(ExpressionQueryGuardFilter.isGuardedPath(
        "/camunda/api/engine/engine/default/history/task")).isTrue();
    assertThat(ExpressionQueryGuardFilter.isGuardedPath("/engine-rest/deployment/create"))
        .isFalse();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
