package io.rosterbridge.events.run;

import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.CleverCourse;

/** One course as read in a run. */
public record CourseFetched(String runId, String districtId, CleverCourse course)
    implements CleverRecordsMessage, RosterChangesMessage {}
