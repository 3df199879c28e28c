package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.report.RunReport;
import io.rosterbridge.events.sync.RunState;
import java.util.List;

/**
 * How applying a run ended: its state (COMPLETED, HELD or FAILED), its report, and the roster
 * tables it changed in bulk (whose statistics are refreshed after the commit).
 */
public record RunOutcome(RunState state, RunReport report, List<String> bulkChangedTables) {}
