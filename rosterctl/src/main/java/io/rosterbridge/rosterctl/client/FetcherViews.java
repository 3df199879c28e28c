package io.rosterbridge.rosterctl.client;

import java.time.Instant;

/** The JSON answers of the clever-fetcher API that rosterctl reads. */
public final class FetcherViews {

  private FetcherViews() {}

  /**
   * A district the fetcher knows: connected in Clever (by discovery or a configured token) or not
   * any more, and its latest run.
   */
  public record District(String districtId, String connection, String source, Run lastRun) {

    /** Whether the fetcher holds a connection (a token) for the district. */
    public boolean connected() {
      return "CONNECTED".equals(connection);
    }
  }

  /** A fetch run, as far as rosterctl shows it. */
  public record Run(
      String runId,
      String districtId,
      String status,
      String mode,
      String trigger,
      Instant createdAt,
      Instant finishedAt) {}
}
