package io.rosterbridge.rosterctl.client;

import io.rosterbridge.events.report.RunReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON answers of the roster-writer read API that rosterctl reads. */
public final class WriterViews {

  private WriterViews() {}

  /** A district the writer rosters, with its settings. */
  public record District(
      String id,
      String name,
      String state,
      Integer studentSeats,
      Integer staffSeats,
      BigDecimal guardMaxPercent,
      Integer guardMinRecords) {}

  /** One run in a district's history. */
  public record RunSummary(
      String id,
      String districtId,
      String mode,
      String trigger,
      String state,
      Boolean complete,
      Instant startedAt,
      Instant finishedAt,
      String approvedBy) {}

  /** One run with its report (null while it runs). */
  public record Run(
      RunSummary run, String failureReason, String failureMessage, RunReport report) {}

  /** What an approval decided: per "TYPE STATUS" (APPLIED or SUPERSEDED), how many. */
  public record Approval(String runId, Map<String, Long> decided) {

    public Approval {
      decided = decided == null ? Map.of() : Map.copyOf(decided);
    }
  }

  /** What an admins import did. */
  public record ImportSummary(int created, int updated, int unchanged, List<String> accountIds) {

    public ImportSummary {
      accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
    }
  }
}
