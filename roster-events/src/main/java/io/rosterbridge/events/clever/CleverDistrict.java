package io.rosterbridge.events.clever;

/** A Clever district as the roster needs it. */
public record CleverDistrict(String id, String name, String state, String lastSync) {}
