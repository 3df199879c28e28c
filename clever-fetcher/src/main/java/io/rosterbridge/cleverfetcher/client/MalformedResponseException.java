package io.rosterbridge.cleverfetcher.client;

import io.rosterbridge.events.run.RunFailureReason;
import java.io.IOException;

/** A 200 whose body is not a Clever envelope: not JSON, cut off, HTML, or without data. */
public class MalformedResponseException extends CleverFailure {

  public MalformedResponseException(String message) {
    super(RunFailureReason.MALFORMED_RESPONSE, message);
  }

  public MalformedResponseException(String message, IOException cause) {
    super(RunFailureReason.MALFORMED_RESPONSE, message, cause);
  }
}
