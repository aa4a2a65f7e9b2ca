package dev.okr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Case B8, point 3: history cleanup really deletes. Runs the case's check-in diagrams on an
 * in-memory engine with the history settings of {@code META-INF/processes.xml} (full history,
 * TTL enforced, removal-time based cleanup, removal time = end, batch window 01:00-05:00), moves
 * the clock and executes the cleanup job explicitly.
 */
class HistoryCleanupTest {

  private static final Path CASE =
      Path.of(System.getProperty("okr.cases", "src/test/resources/cases"))
          .resolve("B8-history-ttl-and-cleanup");
  private static final String WITH_TTL = "kr-checkin-with-ttl";
  private static final String TTL_ZERO = "kr-checkin-ttl-zero";
  /** When the finished instances end; the clock stands still from here. */
  private static final Instant ENDED = Instant.parse("2025-01-02T09:30:00Z");

  /**
   * The engine is built here rather than by the extension so that it can be closed after this
   * class: process tests using BpmnAwareTests find theirs only while it is the only one.
   */
  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .useProcessEngine(ProcessEngineConfiguration
          .createProcessEngineConfigurationFromResource("history-cleanup.cfg.xml")
          .buildProcessEngine())
      .build();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void closeEngine() {
    engine.getProcessEngine().close();
  }

  @Test
  void shouldDeleteFinishedZeroTtlInstanceButKeepRunningAndTtl180InstancesOneDayLater() {
    clockAt(ENDED);
    deploy("checkin-with-ttl.bpmn", "checkin-ttl-zero.bpmn");
    String finishedWithTtl = finishedInstanceOf(WITH_TTL);
    String finishedTtlZero = finishedInstanceOf(TTL_ZERO);
    String running = runtime().startProcessInstanceByKey(TTL_ZERO).getId();

    cleanUpHistoryAt(ENDED.plus(Duration.ofDays(1)));

    assertThat(historicInstanceIds()).containsExactlyInAnyOrder(finishedWithTtl, running);
    assertThat(history().createHistoricActivityInstanceQuery()
        .processInstanceId(finishedTtlZero).count()).isZero();
    assertThat(history().createHistoricTaskInstanceQuery()
        .processInstanceId(finishedTtlZero).count()).isZero();
  }

  @Test
  void shouldKeepFinishedTtl180InstanceUntil180DaysAfterItsEnd() {
    clockAt(ENDED);
    deploy("checkin-with-ttl.bpmn");
    String finishedWithTtl = finishedInstanceOf(WITH_TTL);

    cleanUpHistoryAt(ENDED.plus(Duration.ofDays(180)).minus(Duration.ofHours(1)));

    assertThat(historicInstanceIds()).containsExactly(finishedWithTtl);
    assertThat(historicInstance(finishedWithTtl).getRemovalTime())
        .isEqualTo(Date.from(ENDED.plus(Duration.ofDays(180))));
  }

  @Test
  void shouldDeleteFinishedTtl180InstanceButKeepRunningOne181DaysAfterItsEnd() {
    clockAt(ENDED);
    deploy("checkin-with-ttl.bpmn");
    String finishedWithTtl = finishedInstanceOf(WITH_TTL);
    String running = runtime().startProcessInstanceByKey(WITH_TTL).getId();

    cleanUpHistoryAt(ENDED.plus(Duration.ofDays(181)));

    assertThat(historicInstanceIds()).containsExactly(running)
        .doesNotContain(finishedWithTtl);
    assertThat(history().createHistoricActivityInstanceQuery()
        .processInstanceId(finishedWithTtl).count()).isZero();
  }

  @Test
  void shouldRefuseDiagramWithoutTtlWithEngine12018() {
    String resource = "checkin-without-ttl.bpmn";
    byte[] bpmn = read(resource);

    Throwable refusal = catchThrowable(() -> engine.getRepositoryService().createDeployment()
        .name("checkin-without-ttl")
        .addInputStream(resource, new ByteArrayInputStream(bpmn))
        .deploy());

    assertThat(refusal).isInstanceOf(ParseException.class)
        .hasMessageStartingWith("ENGINE-09005 Could not parse BPMN process.")
        .hasMessageContaining("ENGINE-12018 History Time To Live (TTL) cannot be null");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("kr-checkin-no-ttl").count()).isZero();
  }

  /** Deploys the case files byte for byte; the extension deletes them (cascade) afterwards. */
  private static void deploy(String... resources) {
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
        .name("b8-history-cleanup");
    for (String resource : resources) {
      builder.addInputStream(resource, new ByteArrayInputStream(read(resource)));
    }
    Deployment deployment = builder.deploy();
    engine.manageDeployment(deployment);
  }

  private static byte[] read(String resource) {
    try {
      return Files.readAllBytes(CASE.resolve(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts an instance and completes its only task (the check-in) at the current clock. */
  private static String finishedInstanceOf(String key) {
    String instanceId = runtime().startProcessInstanceByKey(key).getId();
    TaskService tasks = engine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId());
    assertThat(historicInstance(instanceId).getEndTime()).isEqualTo(Date.from(ENDED));
    return instanceId;
  }

  /** Moves the clock and runs the history cleanup job now instead of in the batch window. */
  private static void cleanUpHistoryAt(Instant now) {
    clockAt(now);
    Job cleanup = history().cleanUpHistoryAsync(true);
    management().executeJob(cleanup.getId());
  }

  private static void clockAt(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private static List<String> historicInstanceIds() {
    return history().createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(WITH_TTL, TTL_ZERO)
        .list().stream()
        .map(HistoricProcessInstance::getId)
        .toList();
  }

  private static HistoricProcessInstance historicInstance(String id) {
    return history().createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private static RuntimeService runtime() {
    return engine.getRuntimeService();
  }

  private static HistoryService history() {
    return engine.getHistoryService();
  }

  private static ManagementService management() {
    return engine.getManagementService();
  }
}
