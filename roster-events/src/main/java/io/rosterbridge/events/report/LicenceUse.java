package io.rosterbridge.events.report;

import java.util.List;

/** Licence seats against active accounts after the run; over-use is a warning, never a block. */
public record LicenceUse(
    Long studentSeats,
    long activeStudents,
    Long staffSeats,
    long activeStaff,
    List<String> warnings) {

  public LicenceUse {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
