package io.rosterbridge.events.report;

import io.rosterbridge.events.identity.ConflictReason;

/** A user the run reported instead of (fully) linking, with the reason an admin reads. */
public record ReportedConflict(
    String cleverUserId, String accountId, ConflictReason reason, String message) {}
