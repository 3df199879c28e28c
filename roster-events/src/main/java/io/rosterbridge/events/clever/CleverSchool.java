package io.rosterbridge.events.clever;

/** A Clever school as the roster needs it. */
public record CleverSchool(
    String id,
    String name,
    String sisId,
    String schoolNumber,
    String lowGrade,
    String highGrade,
    String lastModified) {}
