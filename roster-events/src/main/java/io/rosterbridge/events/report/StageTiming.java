package io.rosterbridge.events.report;

/** How long one stage of the run took. */
public record StageTiming(String stage, long millis) {}
