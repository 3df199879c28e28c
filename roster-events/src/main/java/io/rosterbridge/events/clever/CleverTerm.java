package io.rosterbridge.events.clever;

/** A Clever term; dates are {@code YYYY-MM-DD} strings as Clever sends them (or null). */
public record CleverTerm(String id, String name, String startDate, String endDate) {}
