package io.rosterbridge.events.run;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.CleverTerm;

/** One term as read in a run. */
public record TermFetched(String runId, String districtId, CleverTerm term)
    implements CleverRecordsMessage, RosterChangesMessage {}
