package dev.okr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.InvalidRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class ClientMistakesTest {

  @Test
  void shouldMarkADomainRefusalWithItsStatusSoItSurvivesTheEnginesWrapping() {
    Throwable refused = catchThrowable(() -> ClientMistakes.run(() -> {
      throw new AccessDeniedException("'zhang.wei' does not belong to 'region-head-south'");
    }));
    String wrapped = "ENGINE-03051 Exception while invoking TaskListener: "
        + refused.getMessage();

    assertThat(refused).isInstanceOf(ProcessEngineException.class);
    assertThat(ClientMistakes.statusIn(wrapped)).isEqualTo(403);
    assertThat(ClientMistakes.unmarked(wrapped)).isEqualTo("ENGINE-03051 Exception while"
        + " invoking TaskListener: 'zhang.wei' does not belong to 'region-head-south'");
  }

  @Test
  void shouldTellAnInvalidRequestApartFromAServerFault() {
    Throwable invalid = catchThrowable(() -> ClientMistakes.run(() -> {
      throw new InvalidRequestException("Say why the reallocation is rejected");
    }));

    assertThat(ClientMistakes.statusIn(invalid.getMessage())).isEqualTo(400);
    assertThat(ClientMistakes.statusIn("ENGINE-16004 database gone")).isZero();
  }
}
