package io.rosterbridge.rosterwriter.service;

/** No run with the given id is known to the writer. */
public class RunNotFoundException extends RuntimeException {

  public RunNotFoundException(String runId) {
    super("no run " + runId);
  }
}
