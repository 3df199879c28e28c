package io.rosterbridge.events.run;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.clever.CleverUser;

/** One user as read in a run; the matcher turns it into a {@code UserResolved}. */
public record UserFetched(String runId, String districtId, CleverUser user)
    implements CleverRecordsMessage {}
