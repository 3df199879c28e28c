package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncTrigger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What applying one run needs to know: which run, how it was asked for, whether the writer received
 * all of it, the district's guard thresholds, and notes gathered before the apply.
 *
 * @param receiveMillis time from the run's start to its last record (the "receive" stage)
 */
public record RunContext(
    String runId,
    String districtId,
    SyncMode mode,
    SyncTrigger trigger,
    boolean incremental,
    boolean complete,
    GuardThresholds guard,
    int heldSample,
    Instant startedAt,
    Instant now,
    long receiveMillis,
    List<String> notes) {

  public RunContext {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** True for a dry run: the report is computed, the roster left as it was. */
  public boolean preview() {
    return mode == SyncMode.PREVIEW;
  }

  /** The same context with more notes for the report. */
  public RunContext withNotes(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(notes);
    all.addAll(more);
    return new RunContext(
        runId,
        districtId,
        mode,
        trigger,
        incremental,
        complete,
        guard,
        heldSample,
        startedAt,
        now,
        receiveMillis,
        all);
  }

  /**
   * The statement parameters {@code :run}, {@code :district}, {@code :now}, {@code :started} plus
   * pairs given.
   */
  public Map<String, Object> params(Object... extra) {
    Map<String, Object> params = new HashMap<>();
    params.put("run", runId);
    params.put("district", districtId);
    params.put("now", now);
    params.put("started", startedAt);
    for (int i = 0; i < extra.length; i += 2) {
      params.put((String) extra[i], extra[i + 1]);
    }
    return params;
  }
}
