package dev.okr.it.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okr.domain.objective.KeyResultDraft;
import dev.okr.domain.objective.KeyResultKind;
import dev.okr.domain.objective.MeasureUnit;
import dev.okr.domain.objective.ObjectiveDraft;
import dev.okr.domain.objective.ObjectiveService;
import dev.okr.domain.objective.ObjectiveStatus;
import dev.okr.domain.shared.StateConflictException;
import dev.okr.it.OkrDeployments;
import dev.okr.workflow.objective.ApprovalProcess;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A domain change and the engine command it triggers commit or roll back together: proven in
 * both directions inside the server, on the real datasource and transaction manager.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionTransactionIT {

  private static final String DRAFTER = "chen.jing";

  @Inject
  ObjectiveService objectives;

  @Inject
  TransactionProbe probe;

  @Deployment
  public static EnterpriseArchive createDeployment() {
    // The product as built, plus a web module holding this test and its probe.
    EnterpriseArchive ear = OkrDeployments.ear();
    WebArchive tests = ShrinkWrap.create(WebArchive.class, "okr-it.war")
        .addClasses(SubmissionTransactionIT.class, TransactionProbe.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    ear.addAsModule(Testable.archiveToTest(tests));
    // WildFly deploys only the web modules application.xml lists.
    String descriptor = new String(readApplicationXml(ear))
        .replace("</application>", "<module><web><web-uri>okr-it.war</web-uri>"
            + "<context-root>/okr-it</context-root></web></module></application>");
    ear.setApplicationXML(new StringAsset(descriptor));
    return ear;
  }

  @Test
  void shouldUndoProcessStartWhenDomainFailsInSameTransaction() {
    long id = draftObjective("域失败回滚");

    assertThatThrownBy(() -> probe.submitThenFailInDomain(DRAFTER, id))
        .isInstanceOf(StateConflictException.class);

    assertThat(objectives.read(DRAFTER, id).getStatus()).isEqualTo(ObjectiveStatus.DRAFT);
    assertThat(engine().getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(ApprovalProcess.businessKey(id)).count()).isZero();
    assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(ApprovalProcess.businessKey(id)).count()).isZero();
  }

  @Test
  void shouldUndoDomainChangeWhenEngineFailsInSameTransaction() {
    long id = draftObjective("引擎失败回滚");

    assertThatThrownBy(() -> probe.changeDomainThenFailInEngine(DRAFTER, id))
        .isInstanceOf(ProcessEngineException.class);

    assertThat(objectives.read(DRAFTER, id).getStatus()).isEqualTo(ObjectiveStatus.DRAFT);
    assertThat(objectives.read(DRAFTER, id).getSubmittedAt()).isNull();
  }

  private long draftObjective(String title) {
    KeyResultDraft first = KeyResultDraft.of("签约 2 个杭州高端楼盘", KeyResultKind.INCREASE,
        MeasureUnit.COUNT, BigDecimal.ZERO, BigDecimal.valueOf(2), LocalDate.of(2026, 12, 31),
        null, null);
    KeyResultDraft second = KeyResultDraft.of("POC 通过率达到 80%", KeyResultKind.INCREASE,
        MeasureUnit.PERCENT, BigDecimal.valueOf(60), BigDecimal.valueOf(80),
        LocalDate.of(2026, 12, 31), null, null);
    long alignedTo = objectives.keyResultIdByCode("EAST-1-KR1");
    return objectives.createDraft(DRAFTER, new ObjectiveDraft("2026-Q4", title, null,
        "east-zhejiang", false, null, alignedTo, List.of(first, second))).getId();
  }

  private static ProcessEngine engine() {
    return BpmPlatform.getDefaultProcessEngine();
  }

  private static java.io.File jarOf(Class<?> type) {
    try {
      return new java.io.File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] readApplicationXml(EnterpriseArchive ear) {
    try (var in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
