package io.rosterbridge.events.clever;

/** A person's name as Clever sends it. */
public record CleverName(String first, String middle, String last) {}
