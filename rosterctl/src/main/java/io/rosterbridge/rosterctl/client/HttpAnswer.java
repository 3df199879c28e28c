package io.rosterbridge.rosterctl.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.rosterbridge.events.serde.EventJson;
import io.rosterbridge.rosterctl.CtlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One answer of a service: status and body, read as JSON on demand.
 *
 * @param service who answered
 * @param request e.g. {@code GET /runs/r1}, for messages
 * @param status the HTTP status
 * @param body the body bytes
 */
public record HttpAnswer(Service service, String request, int status, byte[] body) {

  /** Whether the status is 2xx. */
  public boolean ok() {
    return status / 100 == 2;
  }

  /** The body as text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body read as {@code type}. */
  public <T> T json(Class<T> type) {
    try {
      return EventJson.mapper().readValue(body, type);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** The body read as a generic type, e.g. a list. */
  public <T> T json(TypeReference<T> type) {
    try {
      return EventJson.mapper().readValue(body, type);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** The refusal's message when the body is a problem document, else its first line. */
  public String problem() {
    try {
      Problem problem = EventJson.mapper().readValue(body, Problem.class);
      if (problem.message() != null && !problem.message().isBlank()) {
        return problem.message();
      }
    } catch (IOException | RuntimeException e) {
      // not a problem document: fall back to the text
    }
    String text = text().strip();
    int newline = text.indexOf('\n');
    text = newline < 0 ? text : text.substring(0, newline);
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  /** A failure for a status the caller does not handle itself. */
  public CtlException unexpected() {
    String detail = problem();
    return new CtlException(
        "the "
            + service.name()
            + " answered "
            + status
            + " to "
            + request
            + (detail.isEmpty() ? "" : ": " + detail));
  }

  private CtlException unreadable(IOException e) {
    return new CtlException(
        "the "
            + service.name()
            + " answered "
            + request
            + " with something rosterctl cannot read ("
            + (e instanceof JsonProcessingException json ? json.getOriginalMessage() : e)
            + "); is "
            + service.setting()
            + " pointing at the "
            + service.name()
            + "?",
        e);
  }
}
