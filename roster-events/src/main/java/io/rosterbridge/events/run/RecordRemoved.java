package io.rosterbridge.events.run;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.EntityType;

/** An explicit removal read from the Events API in an incremental run ({@code *.deleted}). */
public record RecordRemoved(String runId, String districtId, EntityType entityType, String cleverId)
    implements CleverRecordsMessage, RosterChangesMessage {}
