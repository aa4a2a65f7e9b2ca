package dev.okr.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.okr.it.OkrClient.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Camunda Modeler 5 sends to {@code /engine-rest} and what it needs back, against the real
 * server: the recorded deploy request (case A1), the Modeler-5 diagrams and forms (A3), broken
 * diagrams (B6) and history time-to-live at deployment (B8). The case files are read from
 * {@code shared/cases} (copied to {@code src/test/resources/cases}) and sent unchanged. Every
 * test deletes what it deployed (cascade), so the product's own {@code okr-setting-approval} is
 * the latest version again afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModelerDeploymentIT {

  private static final Path CASES =
      Path.of(System.getProperty("okr.cases", "src/test/resources/cases"));
  private static final Path A1 = CASES.resolve("A1-modeler5-deploy-request");
  private static final Path A3 = CASES.resolve("A3-modeler5-bpmn-fixtures");
  private static final Path B6 = CASES.resolve("B6-bpmn-parse-errors");
  private static final Path B8 = CASES.resolve("B8-history-ttl-and-cleanup");

  private static final String CREATE = "/engine-rest/deployment/create";
  private static final String TENANT = "east-region";
  private static final String PARSE_PREFIX = "ENGINE-09005 Could not parse BPMN process.";
  /**
   * Camunda's REST API spells this key with a Cyrillic "е" (U+0435): ProblemDto's field is
   * declared that way in camunda-bpm-platform, and its own tests read it so.
   */
  private static final String ELEMENT_IDS = "\u0435lementIds";
  // TODO(A3 check 4): the fixture's reallocation diagram must be started with the list variable
  // approverRegions over /engine-rest, which needs the Spin JSON data format. okr's own
  // reallocation takes its approvers from the domain (POST /okr/api/reallocations) and keeps
  // Spin out (case B4); whether to install Spin JSON with a type whitelist for such diagrams is
  // open — see README "Known issues".
  private static final String NEEDS_LIST_VARIABLE = "the A3 fixture okr-resource-reallocation"
      + " needs the list variable approverRegions from its starter; /engine-rest cannot carry a"
      + " list without the Spin JSON data format, which okr does not install (case B4)";

  private static final OkrClient ADMIN = OkrClient.as("admin", "admin");
  private static final OkrClient SALES = OkrClient.as("zhang.wei", "demo");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Set<String> deployed = new LinkedHashSet<>();

  @Deployment(testable = false)
  public static EnterpriseArchive createDeployment() {
    return OkrDeployments.ear();
  }

  @AfterEach
  void deleteWhatWasDeployed() {
    for (String id : deployed) {
      Answer deleted = ADMIN.delete("/engine-rest/deployment/" + id + "?cascade=true");
      assertThat(deleted.status()).as("deleting deployment %s: %s", id, deleted).isEqualTo(204);
    }
  }

  // A1: the recorded Modeler request ---------------------------------------------------------

  @Test
  void shouldAnswer200WithDefinitionsAndStoreBothFormsWhenModelerDeploys() {
    RecordedRequest request = RecordedRequest.read(A1.resolve("deploy-request.http"));

    long started = System.nanoTime();
    Answer answer = deploy(ADMIN, request.contentType(), request.body());
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(took).isLessThan(Duration.ofSeconds(5));
    JsonNode deployment = answer.json();
    assertThat(deployment.path("id").asText()).isNotBlank();
    assertThat(deployment.path("name").asText()).isEqualTo("okr-setting-approval");
    assertThat(deployment.path("source").asText()).isEqualTo("Camunda Modeler");
    JsonNode definition = definitionWithKey(deployment, "okr-setting-approval");
    assertThat(definition.path("name").asText()).isEqualTo("OKR 制定与审批");
    assertThat(definition.path("version").asInt()).isEqualTo(1);
    assertThat(definition.path("resource").asText()).isEqualTo("okr-setting-approval.bpmn");
    assertThat(definition.path("historyTimeToLive").asInt()).isEqualTo(180);
    assertThat(resourceNames(deployment.path("id").asText())).containsExactlyInAnyOrder(
        "okr-setting-approval.bpmn", "okr-draft-form.form", "okr-review-form.form");
  }

  @Test
  void shouldAnswerSameDeploymentWithoutDefinitionsWhenModelerRequestIsSentTwice() {
    RecordedRequest request = RecordedRequest.read(A1.resolve("deploy-request.http"));
    Answer first = deploy(ADMIN, request.contentType(), request.body());

    Answer second = deploy(ADMIN, request.contentType(), request.body());

    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(second.status()).as(second.toString()).isEqualTo(200);
    assertThat(second.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
    assertThat(second.json().has("deployedProcessDefinitions")).isTrue();
    assertThat(second.json().get("deployedProcessDefinitions").isNull()).isTrue();
    assertThat(ADMIN.get("/engine-rest/process-definition/count?key=okr-setting-approval"
        + "&tenantIdIn=" + TENANT).json().path("count").asLong()).isEqualTo(1);
  }

  @Test
  void shouldDeployForTheTenantNamedInTheModelerRequest() {
    RecordedRequest request = RecordedRequest.read(A1.resolve("deploy-request.http"));

    Answer answer = deploy(ADMIN, request.contentType(), request.body());

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().path("tenantId").asText()).isEqualTo(TENANT);
    String definitionId = definitionWithKey(answer.json(), "okr-setting-approval")
        .path("id").asText();
    JsonNode stored = ADMIN.get("/engine-rest/process-definition/" + definitionId).json();
    assertThat(stored.path("tenantId").asText()).isEqualTo(TENANT);
  }

  @Test
  void shouldAnswerEngineVersion7230() {
    Answer answer = ADMIN.get("/engine-rest/version");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("version").asText()).isEqualTo("7.23.0");
  }

  @Test
  void shouldAnswer401WithJsonAndDeployNothingWhenModelerSendsWrongPassword() {
    RecordedRequest request = RecordedRequest.read(A1.resolve("deploy-request.http"));

    Answer answer = replay(request);

    assertThat(request.header("Authorization")).startsWith("Basic ");
    assertRefusedAsUnauthenticated(answer);
  }

  @Test
  void shouldAnswer401WithJsonToBearerTokenBecauseOnlyBasicIsSupported() {
    RecordedRequest request = RecordedRequest.read(
        A1.resolve("deploy-request-bearer-no-tenant.http"));

    Answer answer = replay(request);

    assertThat(request.header("Authorization")).startsWith("Bearer ");
    assertRefusedAsUnauthenticated(answer);
  }

  @Test
  void shouldAnswer403WhenSalesPersonWithoutDeployRightsDeploys() {
    RecordedRequest request = RecordedRequest.read(A1.resolve("deploy-request.http"));

    Answer answer = deploy(SALES, request.contentType(), request.body());

    assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().path("type").asText()).isEqualTo("AuthorizationException");
    assertThat(deploymentsNamed("okr-setting-approval")).isEmpty();
  }

  @Test
  void shouldStartInstanceOfTheDeployedDefinitionLikeModelerDoes() {
    RecordedRequest request = RecordedRequest.read(A1.resolve("deploy-request.http"));
    String definitionId = definitionWithKey(
        deploy(ADMIN, request.contentType(), request.body()).json(), "okr-setting-approval")
        .path("id").asText();

    Answer started = ADMIN.post("/engine-rest/process-definition/" + definitionId + "/start",
        """
        {"businessKey":"OKR-east-2025Q3",\
        "variables":{"regionCode":{"value":"east","type":"String"}}}""");

    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    assertThat(started.json().path("id").asText()).isNotBlank();
    assertThat(started.json().path("definitionId").asText()).isEqualTo(definitionId);
    assertThat(started.json().path("businessKey").asText()).isEqualTo("OKR-east-2025Q3");
  }

  // A3: the Modeler-5 diagrams and forms in one request -------------------------------------

  @Test
  void shouldDeployAllSevenA3FilesWithChineseNamesAndTheirTtls() {
    Multipart request = a3Request();

    Answer answer = deploy(ADMIN, request.contentType(), request.body());

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode deployment = answer.json();
    assertThat(deployment.path("deployedProcessDefinitions").size()).isEqualTo(3);
    assertThat(nameAndTtl(definitionWithKey(deployment, "okr-setting-approval")))
        .containsExactly("OKR 制定与审批", 180);
    assertThat(nameAndTtl(definitionWithKey(deployment, "okr-calibration-biweekly")))
        .containsExactly("双周 OKR 校准会", 90);
    assertThat(nameAndTtl(definitionWithKey(deployment, "okr-resource-reallocation")))
        .containsExactly("跨区域资源调拨审批", 365);
    assertThat(resourceNames(deployment.path("id").asText()))
        .containsExactlyInAnyOrderElementsOf(a3Files());
  }

  @Test
  void shouldCreateExactlyOneTimerStartJobForTheA3Deployment() {
    Multipart request = a3Request();

    JsonNode deployment = deploy(ADMIN, request.contentType(), request.body()).json();

    List<JsonNode> jobs = new ArrayList<>();
    deployment.path("deployedProcessDefinitions").forEach(definition -> ADMIN
        .get("/engine-rest/job?processDefinitionId=" + definition.path("id").asText())
        .json().forEach(jobs::add));
    assertThat(jobs).hasSize(1);
    JsonNode job = jobs.get(0);
    assertThat(job.path("processDefinitionKey").asText()).isEqualTo("okr-calibration-biweekly");
    JsonNode jobDefinition = ADMIN.get("/engine-rest/job-definition/"
        + job.path("jobDefinitionId").asText()).json();
    assertThat(jobDefinition.path("jobType").asText()).isEqualTo("timer-start-event");
    assertThat(jobDefinition.path("activityId").asText()).isEqualTo("StartEvent_Biweekly");
  }

  @Test
  void shouldAssignDraftingToInitiatorAndServeTheDeployedDraftForm() throws IOException {
    String definitionId = deployA3Definition("okr-setting-approval");

    String instanceId = startApproval(definitionId);

    JsonNode draft = singleTask(instanceId);
    assertThat(draft.path("name").asText()).isEqualTo("起草 OKR");
    assertThat(draft.path("assignee").asText()).isEqualTo("admin");
    Answer form = ADMIN.get("/engine-rest/task/" + draft.path("id").asText()
        + "/deployed-form");
    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    assertThat(form.contentType()).startsWith("application/json");
    assertThat(form.json()).isEqualTo(JSON.readTree(A3.resolve("okr-draft-form.form").toFile()));
  }

  @Test
  void shouldOfferReviewToRegionManagersAndOkrAdminsWhenDraftIsSubmitted() {
    String instanceId = startApproval(deployA3Definition("okr-setting-approval"));

    Answer submitted = submitDraft(singleTask(instanceId));

    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(204);
    JsonNode review = singleTask(instanceId);
    assertThat(review.path("name").asText()).isEqualTo("上级审批");
    JsonNode links = ADMIN.get("/engine-rest/task/" + review.path("id").asText()
        + "/identity-links").json();
    List<String> candidateGroups = new ArrayList<>();
    links.forEach(link -> {
      assertThat(link.path("type").asText()).isEqualTo("candidate");
      assertThat(link.path("userId").isNull()).isTrue();
      candidateGroups.add(link.path("groupId").asText());
    });
    assertThat(candidateGroups).containsExactlyInAnyOrder("mgr-east", "okr-admins");
  }

  @Test
  void shouldReturnToDraftingWhenReviewIsNotApproved() {
    String instanceId = startApproval(deployA3Definition("okr-setting-approval"));
    submitDraft(singleTask(instanceId));

    Answer reviewed = review(singleTask(instanceId), false);

    assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(204);
    JsonNode draft = singleTask(instanceId);
    assertThat(draft.path("name").asText()).isEqualTo("起草 OKR");
    assertThat(draft.path("assignee").asText()).isEqualTo("admin");
  }

  @Test
  void shouldEndApprovalWhenReviewIsApproved() {
    String instanceId = startApproval(deployA3Definition("okr-setting-approval"));
    submitDraft(singleTask(instanceId));

    Answer reviewed = review(singleTask(instanceId), true);

    assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(204);
    assertThat(ADMIN.get("/engine-rest/task?processInstanceId=" + instanceId).json()).isEmpty();
    JsonNode history = ADMIN.get("/engine-rest/history/process-instance/" + instanceId).json();
    assertThat(history.path("state").asText()).isEqualTo("COMPLETED");
    assertThat(ADMIN.get("/engine-rest/history/activity-instance?processInstanceId="
        + instanceId + "&activityId=Event_OkrActive").json()).hasSize(1);
  }

  @Disabled(NEEDS_LIST_VARIABLE)
  @Test
  void shouldOfferOneReallocationTaskPerRegionToThatRegionsHeads() {
    String definitionId = deployA3Definition("okr-resource-reallocation");

    String instanceId = startReallocation(definitionId);

    List<String> groups = new ArrayList<>();
    ADMIN.get("/engine-rest/task?processInstanceId=" + instanceId).json().forEach(task ->
        ADMIN.get("/engine-rest/task/" + task.path("id").asText() + "/identity-links").json()
            .forEach(link -> groups.add(link.path("groupId").asText())));
    assertThat(groups).containsExactlyInAnyOrder(
        "region-head-east", "region-head-south", "region-head-north");
  }

  @Disabled(NEEDS_LIST_VARIABLE)
  @Test
  void shouldCancelRemainingTaskAndNotifyRejectionWhenOneRegionHeadRejects() {
    String instanceId = startReallocation(deployA3Definition("okr-resource-reallocation"));
    JsonNode tasks = ADMIN.get("/engine-rest/task?processInstanceId=" + instanceId).json();

    Answer approved = decide(tasks.get(0), true);
    Answer rejected = decide(tasks.get(1), false);

    assertThat(approved.status()).as(approved.toString()).isEqualTo(204);
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(204);
    assertThat(ADMIN.get("/engine-rest/task?processInstanceId=" + instanceId).json()).isEmpty();
    JsonNode externalTasks = ADMIN.get("/engine-rest/external-task?processInstanceId="
        + instanceId).json();
    assertThat(externalTasks).hasSize(1);
    assertThat(externalTasks.get(0).path("topicName").asText())
        .isEqualTo("reallocation-rejected");
  }

  // B6: broken diagrams ---------------------------------------------------------------------

  @Test
  void shouldAnswer400ParseExceptionWithElementIdWhenServiceTaskHasNoImplementation() {
    String file = "bad-service-task-no-implementation.bpmn";

    Answer answer = deploy(ADMIN, modelerRequest(B6, file));

    JsonNode errors = parseErrorsOf(answer, file);
    assertThat(answer.json().path("message").asText()).contains("One of the attributes 'class',"
        + " 'delegateExpression', 'type', or 'expression' is mandatory on serviceTask.");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).path("line").asInt()).isEqualTo(8);
    assertThat(errors.get(0).path("column").asInt()).isEqualTo(64);
    assertThat(errors.get(0).path("mainElementId").asText()).isEqualTo("Activity_SyncJira");
    assertThat(textsOf(errors.get(0).path(ELEMENT_IDS))).containsExactly("Activity_SyncJira");
    assertNothingPersisted(file, "kr-sync-no-impl");
  }

  @Test
  void shouldAnswer400ParseExceptionWithGatewayAndFlowWhenDefaultFlowHasCondition() {
    String file = "bad-default-flow-with-condition.bpmn";

    Answer answer = deploy(ADMIN, modelerRequest(B6, file));

    JsonNode errors = parseErrorsOf(answer, file);
    assertThat(answer.json().path("message").asText()).contains("Exclusive Gateway"
        + " 'Gateway_OnTrack' has outgoing sequence flow 'Flow_Behind' which is the default flow"
        + " but has a condition too.");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).path("mainElementId").asText()).isEqualTo("Gateway_OnTrack");
    assertThat(textsOf(errors.get(0).path(ELEMENT_IDS)))
        .containsExactly("Gateway_OnTrack", "Flow_Behind");
    assertNothingPersisted(file, "kr-progress-route");
  }

  @Test
  void shouldAnswer400ParseExceptionWithSchemaErrorsWhenIdStartsWithDigit() {
    String file = "bad-id-starts-with-digit.bpmn";

    Answer answer = deploy(ADMIN, modelerRequest(B6, file));

    JsonNode errors = parseErrorsOf(answer, file);
    assertThat(answer.json().path("message").asText())
        .contains("'2025Q3_checkin' is not a valid value for 'NCName'");
    assertThat(errors).hasSize(10);
    assertThat(errors.get(0).path("line").asInt()).isEqualTo(7);
    assertThat(errors.get(0).path("column").asInt()).isEqualTo(90);
    assertNothingPersisted(file, "kr-checkin-bad-id");
  }

  @Test
  void shouldAnswer400WithParserMessageWhenUploadIsTruncated() {
    String file = "bad-truncated-upload.bpmn";

    Answer answer = deploy(ADMIN, modelerRequest(B6, file));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().path("message").asText()).contains("ENGINE-09003 Could not parse"
        + " 'bad-truncated-upload.bpmn'. XML document structures must start and end within the"
        + " same entity.");
    assertNothingPersisted(file, "kr-truncated");
  }

  @Test
  void shouldGiveVersion1ToTheFirstCorrectDeployAfterAParseError() {
    String file = "bad-service-task-no-implementation.bpmn";
    Answer refused = deploy(ADMIN, modelerRequest(B6, file));
    // The admin wires the task (an external task) and deploys the same file again.
    String bpmn = new String(read(B6.resolve(file)), StandardCharsets.UTF_8);
    String wired = bpmn.replace("id=\"Activity_SyncJira\"",
        "id=\"Activity_SyncJira\" camunda:type=\"external\" camunda:topic=\"kr-sync\"");

    Answer answer = deploy(ADMIN, Multipart.modeler(deploymentName(file),
        Map.of(file, wired.getBytes(StandardCharsets.UTF_8))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(wired).isNotEqualTo(bpmn);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(definitionWithKey(answer.json(), "kr-sync-no-impl").path("version").asInt())
        .isEqualTo(1);
  }

  // B8: history time-to-live at deployment --------------------------------------------------

  @Test
  void shouldAnswer400ParseExceptionWithEngine12018WhenDiagramHasNoTtl() {
    String file = "checkin-without-ttl.bpmn";

    Answer answer = deploy(ADMIN, modelerRequest(B8, file));

    JsonNode errors = parseErrorsOf(answer, file);
    assertThat(answer.json().path("message").asText())
        .contains("ENGINE-12018 History Time To Live (TTL) cannot be null");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).path("mainElementId").asText()).isEqualTo("kr-checkin-no-ttl");
    assertNothingPersisted(file, "kr-checkin-no-ttl");
  }

  @Test
  void shouldDeployModeler5DiagramWithItsTtlOf180Days() {
    String file = "checkin-with-ttl.bpmn";

    Answer answer = deploy(ADMIN, modelerRequest(B8, file));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode definition = definitionWithKey(answer.json(), "kr-checkin-with-ttl");
    assertThat(definition.path("historyTimeToLive").asInt()).isEqualTo(180);
    assertThat(ADMIN.get("/engine-rest/process-definition/" + definition.path("id").asText())
        .json().path("historyTimeToLive").asInt()).isEqualTo(180);
  }

  // Helpers ---------------------------------------------------------------------------------

  /** Deploys and remembers any deployment the server made, so that it is deleted afterwards. */
  private static void assertRefusedAsUnauthenticated(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().path("message").asText()).isNotBlank();
    assertThat(deploymentsNamed("okr-setting-approval")).isEmpty();
  }

  private Answer deploy(OkrClient client, String contentType, byte[] body) {
    Answer answer = client.postRaw(CREATE, contentType, body);
    if (answer.status() == 200) {
      deployed.add(answer.json().path("id").asText());
    }
    return answer;
  }

  private Answer deploy(OkrClient client, Multipart request) {
    return deploy(client, request.contentType(), request.body());
  }

  /** Sends a recorded request as recorded, its own Authorization header included. */
  private Answer replay(RecordedRequest request) {
    HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(OkrClient.BASE + request.path()))
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
    request.headers().forEach((name, value) -> {
      if (!Set.of("host", "content-length").contains(name.toLowerCase())) {
        http.header(name, value);
      }
    });
    try {
      HttpResponse<String> response = HTTP.send(http.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Answer answer = new Answer(response);
      if (answer.status() == 200) {
        deployed.add(answer.json().path("id").asText());
      }
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String deployA3Definition(String key) {
    Multipart request = a3Request();
    Answer answer = deploy(ADMIN, request.contentType(), request.body());
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return definitionWithKey(answer.json(), key).path("id").asText();
  }

  private static List<String> a3Files() {
    return List.of("okr-setting-approval.bpmn", "calibration-biweekly.bpmn",
        "resource-reallocation.bpmn", "okr-draft-form.form", "okr-review-form.form",
        "reallocation-decision-form.form", "calibration-review.form");
  }

  private static Multipart a3Request() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    a3Files().forEach(file -> files.put(file, read(A3.resolve(file))));
    return Multipart.modeler("okr-a3-fixtures", files);
  }

  private static Multipart modelerRequest(Path folder, String file) {
    return Multipart.modeler(deploymentName(file), Map.of(file, read(folder.resolve(file))));
  }

  private static String deploymentName(String file) {
    return file.substring(0, file.lastIndexOf('.'));
  }

  private static String startApproval(String definitionId) {
    Answer started = ADMIN.post("/engine-rest/process-definition/" + definitionId + "/start",
        """
        {"businessKey":"OKR-east-it",\
        "variables":{"regionCode":{"value":"east","type":"String"}}}""");
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  /** Submits the draft form the way Tasklist does, with the fields okr-draft-form asks for. */
  private static Answer submitDraft(JsonNode draft) {
    return ADMIN.post("/engine-rest/task/" + draft.path("id").asText() + "/submit-form", """
        {"variables":{\
        "objectiveTitle":{"value":"华东区商业地产签约翻番","type":"String"},\
        "cycleCode":{"value":"2025-Q3","type":"String"},\
        "krCount":{"value":3,"type":"Long"},\
        "regionCode":{"value":"east","type":"String"}}}""");
  }

  private static Answer review(JsonNode task, boolean approved) {
    return ADMIN.post("/engine-rest/task/" + task.path("id").asText() + "/submit-form",
        "{\"variables\":{\"approved\":{\"value\":" + approved + ",\"type\":\"Boolean\"}}}");
  }

  /** Starts a reallocation over three regions, the list carried as JSON. */
  private static String startReallocation(String definitionId) {
    Answer started = ADMIN.post("/engine-rest/process-definition/" + definitionId + "/start",
        """
        {"variables":{"approverRegions":{"type":"Object",\
        "value":"[\\"east\\",\\"south\\",\\"north\\"]",\
        "valueInfo":{"serializationDataFormat":"application/json",\
        "objectTypeName":"java.util.ArrayList<java.lang.String>"}}}}""");
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  private static Answer decide(JsonNode task, boolean approved) {
    return ADMIN.post("/engine-rest/task/" + task.path("id").asText() + "/submit-form",
        "{\"variables\":{\"approved\":{\"value\":" + approved + ",\"type\":\"Boolean\"},"
            + "\"decisionReason\":{\"value\":\"IT\",\"type\":\"String\"}}}");
  }

  private static JsonNode singleTask(String instanceId) {
    JsonNode tasks = ADMIN.get("/engine-rest/task?processInstanceId=" + instanceId).json();
    assertThat(tasks).as("open tasks of %s", instanceId).hasSize(1);
    return tasks.get(0);
  }

  /** Asserts the reply the Modeler shows as a parse error and returns the resource's errors. */
  private static JsonNode parseErrorsOf(Answer answer, String resource) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode body = answer.json();
    assertThat(body.path("type").asText()).isEqualTo("ParseException");
    assertThat(body.path("message").asText()).startsWith(PARSE_PREFIX);
    assertThat(fieldNames(body.path("details"))).containsExactly(resource);
    assertThat(body.path("details").path(resource).path("errors").isArray()).isTrue();
    assertThat(body.path("details").path(resource).path("warnings").isArray()).isTrue();
    assertThat(body.path("details").path(resource).path("warnings")).isEmpty();
    return body.path("details").path(resource).path("errors");
  }

  private static void assertNothingPersisted(String file, String processKey) {
    assertThat(deploymentsNamed(deploymentName(file))).isEmpty();
    assertThat(ADMIN.get("/engine-rest/process-definition/count?key=" + processKey).json()
        .path("count").asLong()).isZero();
  }

  private static JsonNode deploymentsNamed(String name) {
    return ADMIN.get("/engine-rest/deployment?name="
        + URLEncoder.encode(name, StandardCharsets.UTF_8)).json();
  }

  private static JsonNode definitionWithKey(JsonNode deployment, String key) {
    List<JsonNode> matches = new ArrayList<>();
    deployment.path("deployedProcessDefinitions").forEach(definition -> {
      if (key.equals(definition.path("key").asText())) {
        matches.add(definition);
      }
    });
    assertThat(matches).as("definitions with key %s in %s", key, deployment).hasSize(1);
    return matches.get(0);
  }

  private static List<Object> nameAndTtl(JsonNode definition) {
    return List.of(definition.path("name").asText(),
        definition.path("historyTimeToLive").asInt());
  }

  private static List<String> resourceNames(String deploymentId) {
    return textsOf(ADMIN.get("/engine-rest/deployment/" + deploymentId + "/resources").json(),
        "name");
  }

  private static List<String> textsOf(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static List<String> textsOf(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.path(field).asText()));
    return texts;
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A byte-exact HTTP/1.1 request file: request line, headers, blank line, body. */
  private record RecordedRequest(String path, Map<String, String> headers, byte[] body) {

    static RecordedRequest read(Path file) {
      byte[] bytes = ModelerDeploymentIT.read(file);
      int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(end).as("header block of %s", file).isPositive();
      String[] lines = new String(bytes, 0, end, StandardCharsets.US_ASCII).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
      }
      byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
      assertThat(body).as("body of %s matches its Content-Length", file)
          .hasSize(Integer.parseInt(headers.get("Content-Length")));
      return new RecordedRequest(lines[0].split(" ")[1], headers, body);
    }

    String header(String name) {
      return headers.get(name);
    }

    String contentType() {
      return header("Content-Type");
    }

    private static int indexOf(byte[] bytes, byte[] part) {
      outer:
      for (int i = 0; i + part.length <= bytes.length; i++) {
        for (int j = 0; j < part.length; j++) {
          if (bytes[i + j] != part[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }
  }

  /** A deploy request built the way Camunda Modeler 5 builds it (see case A1). */
  private record Multipart(String contentType, byte[] body) {

    static Multipart modeler(String deploymentName, Map<String, byte[]> files) {
      String boundary = "----okrModelerBoundary" + UUID.randomUUID().toString().replace("-", "");
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      field(body, boundary, "deployment-name", deploymentName);
      field(body, boundary, "deployment-source", "Camunda Modeler");
      field(body, boundary, "enable-duplicate-filtering", "true");
      files.forEach((name, content) -> {
        String type = name.endsWith(".bpmn") ? "text/xml" : "application/octet-stream";
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
            + "\"; filename=\"" + name + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n");
      });
      write(body, "--" + boundary + "--\r\n");
      return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name,
        String value) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
          + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
      body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
