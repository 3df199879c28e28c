package io.rosterbridge.cleversim.generate;

/** The block of the user index space a generated user belongs to. */
enum UserKind {
  STUDENT,
  TEACHER,
  STAFF,
  DISTRICT_ADMIN,
  CONTACT
}
