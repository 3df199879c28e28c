package io.rosterbridge.rosterwriter.service;

/** An approval of a run that holds no deletions. */
public class RunNotHeldException extends RuntimeException {

  public RunNotHeldException(String runId, Object state) {
    super("run " + runId + " holds no deletions (it is " + state + ")");
  }
}
