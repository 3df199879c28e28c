package io.rosterbridge.events.clever;

/** A Clever course. */
public record CleverCourse(String id, String name, String number) {}
