package io.rosterbridge.events.clever;

/** A role a Clever user can hold; {@code CONTACT} (parents) is read but never rostered. */
public enum CleverRoleType {
  STUDENT,
  TEACHER,
  STAFF,
  DISTRICT_ADMIN,
  CONTACT
}
