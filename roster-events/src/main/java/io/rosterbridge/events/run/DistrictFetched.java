package io.rosterbridge.events.run;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.CleverDistrict;

/** The district record as read in a run. */
public record DistrictFetched(String runId, String districtId, CleverDistrict district)
    implements CleverRecordsMessage, RosterChangesMessage {}
