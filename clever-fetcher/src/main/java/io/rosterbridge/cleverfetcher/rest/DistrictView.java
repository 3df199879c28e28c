package io.rosterbridge.cleverfetcher.rest;

import io.rosterbridge.cleverfetcher.service.ConnectionSource;
import io.rosterbridge.cleverfetcher.service.DistrictQueries.DistrictDetails;

/**
 * A district as {@code GET /districts} shows it.
 *
 * @param districtId the Clever district id
 * @param connection CONNECTED while the fetcher holds a token for it, else DISCONNECTED
 * @param source CONFIGURED or DISCOVERED; null when disconnected
 * @param lastRun its newest run, or null when it has none
 */
public record DistrictView(
    String districtId, Connection connection, ConnectionSource source, RunView lastRun) {

  /** Whether the fetcher can read the district. */
  public enum Connection {
    CONNECTED,
    DISCONNECTED
  }

  /** The view of a district. */
  public static DistrictView of(DistrictDetails details) {
    return new DistrictView(
        details.districtId(),
        details.source() == null ? Connection.DISCONNECTED : Connection.CONNECTED,
        details.source(),
        details.lastRun() == null ? null : RunView.of(details.lastRun()));
  }
}
