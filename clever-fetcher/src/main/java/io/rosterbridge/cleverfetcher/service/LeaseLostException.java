package io.rosterbridge.cleverfetcher.service;

/** The run's lease went to another instance (which ends the run); this one stops quietly. */
public class LeaseLostException extends RuntimeException {

  public LeaseLostException(String runId) {
    super("run " + runId + " lost its lease");
  }
}
