package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.sync.RunState;

/** How applying a run ended: its state (COMPLETED, HELD or FAILED) and its report. */
public record RunOutcome(RunState state, RunReport report) {}
