package dev.okr.workflow.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case B1 on {@code processes/okr-calibration-biweekly.bpmn}: the timer start event takes its
 * cycle from {@code calibrationSchedule.cycle()} and the engine re-evaluates it when due
 * ({@code reevaluateTimeCycleWhenDue} in {@code camunda.cfg.xml} as in {@code processes.xml}).
 * The JVM runs in Europe/Berlin, which switches to summer time on 2025-03-30, to prove that the
 * Beijing meeting stays at 10:00 whatever zone the server has. Deployments are made by the tests
 * themselves so the engine clock is set before the timer job is created.
 */
@ExtendWith(ProcessEngineExtension.class)
class BiweeklyCalibrationProcessTest {

  private static final String BIWEEKLY_KEY = "okr-calibration-biweekly";
  private static final String CALIBRATION_KEY = "okr-calibration";
  private static final String BIWEEKLY_FILE = "okr-calibration-biweekly.bpmn";

  private final List<String> deploymentIds = new ArrayList<>();
  private TimeZone jvmZoneBefore;

  @BeforeEach
  void runInBerlinWithMockedBeans() throws Exception {
    jvmZoneBefore = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));

    Mocks.register("calibrationSchedule", new ShanghaiBiweeklyTestSchedule());
    Mocks.register("calibrationRegions", new FixedRegions());
    JavaDelegate prepareReport = mock(JavaDelegate.class);
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      String region = (String) execution.getVariable("regionCode");
      execution.setVariable("regionHeadUsername", "head." + region);
      execution.setVariable("sessionId", 100L);
      execution.setVariable("reportSummary", region + " 战区校准报告");
      return null;
    }).when(prepareReport).execute(any());
    JavaDelegate pickChallenger = mock(JavaDelegate.class);
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setVariable("challengerUsername",
          "challenger.for." + execution.getVariable("regionCode"));
      return null;
    }).when(pickChallenger).execute(any());
    Mocks.register("prepareCalibrationReportDelegate", prepareReport);
    Mocks.register("pickChallengerDelegate", pickChallenger);
    Mocks.register("recordChallengerRisksTaskListener", mock(TaskListener.class));
    Mocks.register("recordCalibrationDecisionTaskListener", mock(TaskListener.class));
    Mocks.register("escalateCalibrationDelegate", mock(JavaDelegate.class));
    Mocks.register("requestReallocationDelegate", mock(JavaDelegate.class));
  }

  @AfterEach
  void undeployAndRestoreZone() {
    // Newest first: deleting a newer version re-creates the older version's timer job, which
    // evaluates calibrationSchedule again, so the mocks must still be registered here.
    List<String> newestFirst = new ArrayList<>(deploymentIds);
    Collections.reverse(newestFirst);
    newestFirst.forEach(id -> repositoryService().deleteDeployment(id, true));
    Mocks.reset();
    ClockUtil.reset();
    TimeZone.setDefault(jvmZoneBefore);
  }

  @Test
  void shouldScheduleFirstRoundOnNextGridMondayAtTenBeijingTimeWhenDeployedMidweek()
      throws IOException {
    clockAt("2025-03-05T09:00+08:00");

    deployCalibration(originalBiweeklyModel());

    List<Job> timers = biweeklyTimerJobs();
    assertThat(timers).hasSize(1);
    assertThat(inBeijing(timers.get(0).getDuedate())).isEqualTo(beijing("2025-03-17T10:00+08:00"));
  }

  @Test
  void shouldStartOneCalibrationPerRegionAndKeepTenBeijingTimeAcrossBerlinDstSwitch()
      throws IOException {
    clockAt("2025-03-05T09:00+08:00");
    deployCalibration(originalBiweeklyModel());

    fireTimerAt("2025-03-17T10:00+08:00");

    assertThat(regionsOfRunningCalibrations()).containsExactlyInAnyOrder("east", "south", "north");
    assertThat(runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(BIWEEKLY_KEY).count()).isEqualTo(1);
    assertThat(dueInBeijing(singleBiweeklyTimer())).isEqualTo(beijing("2025-03-31T10:00+08:00"));

    fireTimerAt("2025-03-31T10:00+08:00");

    assertThat(dueInBeijing(singleBiweeklyTimer())).isEqualTo(beijing("2025-04-14T10:00+08:00"));
    assertThat(runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(CALIBRATION_KEY).count()).isEqualTo(6);
  }

  @Test
  void shouldKeepDueDateWhenChangedVersionIsRedeployed() throws IOException {
    clockAt("2025-03-03T10:00+08:00");
    deployCalibration(originalBiweeklyModel());
    clockAt("2025-03-08T15:30+08:00");

    deployBiweeklyOnly(originalBiweeklyModel().replace("name=\"各战区校准\"", "name=\"各战区校准会\""));

    ProcessDefinition latest = repositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(BIWEEKLY_KEY).latestVersion().singleResult();
    assertThat(latest.getVersion()).isEqualTo(2);
    Job timer = singleBiweeklyTimer();
    assertThat(timer.getProcessDefinitionId()).isEqualTo(latest.getId());
    assertThat(inBeijing(timer.getDuedate())).isEqualTo(beijing("2025-03-17T10:00+08:00"));
  }

  @Test
  void shouldStartExactlyOneRoundAfterDowntimeAndReturnToGrid() throws IOException {
    clockAt("2025-03-05T09:00+08:00");
    deployCalibration(originalBiweeklyModel());
    Job overdue = singleBiweeklyTimer();

    // The engine was down from before 2025-03-17 until 2025-05-01 12:00 (four missed slots).
    clockAt("2025-05-01T12:00+08:00");
    managementService().executeJob(overdue.getId());

    assertThat(runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(BIWEEKLY_KEY).count()).isEqualTo(1);
    assertThat(regionsOfRunningCalibrations()).containsExactlyInAnyOrder("east", "south", "north");
    Job next = singleBiweeklyTimer();
    assertThat(inBeijing(next.getDuedate())).isEqualTo(beijing("2025-05-12T10:00+08:00"));
    assertThat(next.getDuedate()).isAfter(ClockUtil.getCurrentTime());
  }

  /** Stands in for {@code calibrationRegions}: the regions whose calibration is due. */
  public static class FixedRegions {
    public List<String> codes() {
      return List.of("east", "south", "north");
    }
  }

  private void deployCalibration(String biweeklyModel) {
    deploymentIds.add(repositoryService().createDeployment()
        .name("calibration")
        .addString(BIWEEKLY_FILE, biweeklyModel)
        .addClasspathResource("okr-calibration.bpmn")
        .addClasspathResource("okr-calibration-challenge.form")
        .addClasspathResource("okr-calibration-decision.form")
        .deploy().getId());
  }

  private void deployBiweeklyOnly(String biweeklyModel) {
    deploymentIds.add(repositoryService().createDeployment()
        .name("calibration-biweekly-changed")
        .addString(BIWEEKLY_FILE, biweeklyModel)
        .deploy().getId());
  }

  private static String originalBiweeklyModel() throws IOException {
    try (InputStream model = BiweeklyCalibrationProcessTest.class.getClassLoader()
        .getResourceAsStream(BIWEEKLY_FILE)) {
      return new String(model.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void fireTimerAt(String dueAt) {
    Job timer = singleBiweeklyTimer();
    assertThat(inBeijing(timer.getDuedate())).isEqualTo(beijing(dueAt));
    clockAt(dueAt);
    managementService().executeJob(timer.getId());
  }

  private static List<Job> biweeklyTimerJobs() {
    return managementService().createJobQuery()
        .processDefinitionKey(BIWEEKLY_KEY)
        .timers()
        .list();
  }

  private static Job singleBiweeklyTimer() {
    List<Job> timers = biweeklyTimerJobs();
    assertThat(timers).hasSize(1);
    return timers.get(0);
  }

  private static List<String> regionsOfRunningCalibrations() {
    return runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(CALIBRATION_KEY)
        .list().stream()
        .map(ProcessInstance::getId)
        .map(id -> (String) runtimeService().getVariable(id, "regionCode"))
        .toList();
  }

  private static void clockAt(String offsetDateTime) {
    ClockUtil.setCurrentTime(at(offsetDateTime));
  }

  private static OffsetDateTime dueInBeijing(Job timer) {
    return inBeijing(timer.getDuedate());
  }

  /** Due dates compared as Beijing wall-clock time, so a failure reads "09:00+08:00". */
  private static OffsetDateTime inBeijing(Date dueDate) {
    return dueDate.toInstant().atOffset(ZoneOffset.ofHours(8));
  }

  private static OffsetDateTime beijing(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).withOffsetSameInstant(ZoneOffset.ofHours(8));
  }

  private static Date at(String offsetDateTime) {
    return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
  }
}
