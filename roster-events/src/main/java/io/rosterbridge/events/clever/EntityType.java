package io.rosterbridge.events.clever;

/** Kinds of roster entity that runs count, sweep and report. */
public enum EntityType {
  DISTRICT,
  SCHOOL,
  TERM,
  COURSE,
  SECTION,
  USER,
  ENROLLMENT
}
