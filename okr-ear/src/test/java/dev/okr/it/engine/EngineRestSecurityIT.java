package dev.okr.it.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.okr.it.OkrClient;
import dev.okr.it.OkrClient.Answer;
import dev.okr.it.OkrDeployments;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Camunda's REST API inside okr: authenticated against okr's people, guarded against expression
 * queries, and set up so a manager finds work in Tasklist at first login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EngineRestSecurityIT {

  private static final OkrClient REGION_HEAD = OkrClient.as("li.qiang", "demo");

  @Deployment(testable = false)
  public static EnterpriseArchive createDeployment() {
    return OkrDeployments.ear();
  }

  @Test
  void shouldAnswer401WithJsonAndNoRedirectWithoutValidCredentials() {
    Answer anonymous = OkrClient.anonymous().get("/engine-rest/process-definition");
    Answer wrongPassword = OkrClient.as("li.qiang", "wrong").get("/engine-rest/engine");

    for (Answer answer : List.of(anonymous, wrongPassword)) {
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.contentType()).startsWith("application/json");
      assertThat(answer.json().get("type").asText()).isEqualTo("AuthenticationException");
      assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
      assertThat(answer.header("Location")).isNull();
    }
  }

  @Test
  void shouldServeEngineVersionAndUsersFromOkrDirectory() {
    Answer version = REGION_HEAD.get("/engine-rest/version");
    Answer user = REGION_HEAD.get("/engine-rest/user/li.qiang/profile");
    Answer groups = REGION_HEAD.get("/engine-rest/group?member=li.qiang");

    assertThat(version.json().get("version").asText()).isEqualTo("7.23.0");
    assertThat(user.json().get("lastName").asText()).isEqualTo("李");
    assertThat(user.json().get("firstName").asText()).isEqualTo("强");
    List<String> ids = new ArrayList<>();
    groups.json().forEach(g -> ids.add(g.get("id").asText()));
    assertThat(ids).containsExactlyInAnyOrder("staff", "region-head-east");
  }

  @Test
  void shouldRefuseTaskQueriesCarryingExpressions() {
    Answer inQueryString = REGION_HEAD.get(
        "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D");
    Answer nestedInOrQuery = REGION_HEAD.post("/engine-rest/task",
        "{\"orQueries\":[{\"candidateGroupsExpression\":\"${currentUserGroups()}\"}]}");
    Answer historic = REGION_HEAD.post("/engine-rest/history/task",
        "{\"taskAssigneeExpression\":\"${''.getClass()}\"}");
    Answer storedFilter = OkrClient.as("admin", "admin").post("/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{\"orQueries\":"
            + "[{\"assigneeExpression\":\"${currentUser()}\"}]}}");
    Answer literal = REGION_HEAD.post("/engine-rest/task",
        "{\"orQueries\":[{\"assignee\":\"li.qiang\"}]}");

    for (Answer refused : List.of(inQueryString, nestedInOrQuery, historic, storedFilter)) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.json().get("message").asText()).contains("Expressions are not allowed");
    }
    assertThat(literal.status()).isEqualTo(200);
  }

  @Test
  void shouldOfferSharedTasklistFiltersToEveryEmployee() {
    Answer filters = REGION_HEAD.get("/engine-rest/filter?resourceType=Task");

    List<String> names = new ArrayList<>();
    for (JsonNode filter : filters.json()) {
      names.add(filter.get("name").asText());
      Answer count = REGION_HEAD.get("/engine-rest/filter/" + filter.get("id").asText()
          + "/count");
      assertThat(count.status()).isEqualTo(200);
    }
    assertThat(names).contains("我的任务 (My tasks)", "我的组任务 (My group tasks)");
  }
}
