package dev.okr.workflow.engine;

import dev.okr.domain.shared.AccessDeniedException;
import dev.okr.domain.shared.DomainException;
import dev.okr.domain.shared.InvalidRequestException;
import dev.okr.domain.shared.StaleVersionException;
import dev.okr.domain.shared.StateConflictException;
import dev.okr.domain.shared.UnknownEntityException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Carries a client's mistake found inside a listener or delegate (a rejection without a reason,
 * a vote by someone who may not vote) through the engine to the REST layer. The engine wraps
 * whatever a listener throws into a generic exception that the stock REST API answers with 500;
 * the message keeps a marker {@code OKR-<status>} that the REST error filter turns back into the
 * right status, so Tasklist and API clients see 400/403/404/409 with the readable message.
 */
public final class ClientMistakes {

  private static final Pattern MARKER = Pattern.compile("OKR-(4\\d\\d) ");

  private ClientMistakes() {
  }

  /** Runs a step of a listener or delegate, marking domain refusals with their status. */
  public static void run(Runnable step) {
    try {
      step.run();
    } catch (DomainException e) {
      throw refusal(statusOf(e), e.getMessage());
    }
  }

  /** A refusal with the status the REST layer should answer. */
  public static ProcessEngineException refusal(int status, String message) {
    return new ProcessEngineException("OKR-" + status + " " + message);
  }

  /** The status a marked message asks for, or 0 when it carries no marker. */
  public static int statusIn(String message) {
    if (message == null) {
      return 0;
    }
    Matcher matcher = MARKER.matcher(message);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }

  /** The text with every marker removed, for people to read. */
  public static String unmarked(String text) {
    return MARKER.matcher(text).replaceAll("");
  }

  private static int statusOf(DomainException e) {
    if (e instanceof InvalidRequestException) {
      return 400;
    }
    if (e instanceof AccessDeniedException) {
      return 403;
    }
    if (e instanceof UnknownEntityException) {
      return 404;
    }
    if (e instanceof StateConflictException || e instanceof StaleVersionException) {
      return 409;
    }
    return 400;
  }
}
