package io.rosterbridge.rosterwriter.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.serde.EventJson;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import io.rosterbridge.rosterwriter.entity.RosterRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds and finishes {@link RosterRun} rows, and reads and writes their JSON columns. */
public final class RunRecords {

  private RunRecords() {}

  /** A new open run of a district. */
  public static RosterRun opened(String runId, String districtId, Instant startedAt) {
    RosterRun run = new RosterRun();
    run.id = runId;
    run.districtId = districtId;
    run.state = RunState.RUNNING;
    run.startedAt = startedAt;
    return run;
  }

  /** Finishes the run with its report (state from the report). */
  public static void finish(RosterRun run, RunReport report, Instant at) {
    run.state = report.state();
    run.finishedAt = at;
    run.report = json(report);
    run.reportPublished = false;
  }

  /** Marks the run failed at a stage, for a reason. */
  public static void fail(
      RosterRun run, RunStage stage, RunFailureReason reason, String message, Instant at) {
    run.failureStage = stage;
    run.failureReason = reason;
    run.failureMessage = message;
    finish(run, emptyReport(run, message, at), at);
  }

  /** A report of a run that applied nothing. */
  public static RunReport emptyReport(RosterRun run, String note, Instant at) {
    return new RunReport(
        run.id,
        run.districtId,
        run.trigger,
        run.mode,
        RunState.FAILED,
        run.startedAt,
        at,
        Map.of(),
        List.of(),
        List.of(),
        null,
        List.of(),
        null,
        note == null ? List.of() : List.of(note),
        null);
  }

  /** The stored report of a run, or null. */
  public static RunReport report(RosterRun run) {
    if (run.report == null) {
      return null;
    }
    try {
      return EventJson.mapper().readValue(run.report, RunReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored report of run " + run.id + " is unreadable", e);
    }
  }

  /** Any value as JSON text, for a jsonb column. */
  public static String json(Object value) {
    try {
      return EventJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
