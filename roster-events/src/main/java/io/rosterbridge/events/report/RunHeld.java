package io.rosterbridge.events.report;

import io.rosterbridge.events.SyncReportsMessage;

/** A run applied except deletions the guard held; they wait for an operator's approval. */
public record RunHeld(String runId, String districtId, RunReport report)
    implements SyncReportsMessage {}
