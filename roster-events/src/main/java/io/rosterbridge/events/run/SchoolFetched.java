package io.rosterbridge.events.run;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.CleverSchool;

/** One school as read in a run. */
public record SchoolFetched(String runId, String districtId, CleverSchool school)
    implements CleverRecordsMessage, RosterChangesMessage {}
