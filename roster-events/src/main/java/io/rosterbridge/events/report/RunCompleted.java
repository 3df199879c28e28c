package io.rosterbridge.events.report;

import io.rosterbridge.events.SyncReportsMessage;

/** A run (or a preview) applied completely; its report says what changed. */
public record RunCompleted(String runId, String districtId, RunReport report)
    implements SyncReportsMessage {}
