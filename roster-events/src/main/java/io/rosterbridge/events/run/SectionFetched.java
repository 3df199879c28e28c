package io.rosterbridge.events.run;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.CleverSection;

/** One section as read in a run. */
public record SectionFetched(String runId, String districtId, CleverSection section)
    implements CleverRecordsMessage, RosterChangesMessage {}
