package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.service.RunQueries.RunDetails;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the fetcher's districts for operators: every connected district and every district it has
 * run, with its connection and latest run.
 */
@ApplicationScoped
public class DistrictQueries {

  private final DistrictConnections connections;
  private final RunQueries runs;

  public DistrictQueries(DistrictConnections connections, RunQueries runs) {
    this.connections = connections;
    this.runs = runs;
  }

  /**
   * The districts, by id. With {@code refresh}, the connections are first listed from Clever again
   * (and the stored ones updated, as an all-districts command does).
   */
  public List<DistrictDetails> all(boolean refresh) {
    if (refresh) {
      connections.connectedDistricts();
    }
    Map<String, ConnectionSource> connected = connections.known();
    Map<String, RunDetails> latest = runs.latestPerDistrict();
    TreeSet<String> ids = new TreeSet<>(connected.keySet());
    ids.addAll(latest.keySet());
    return ids.stream()
        .map(id -> new DistrictDetails(id, connected.get(id), latest.get(id)))
        .toList();
  }

  /** A district: where its connection comes from (null: not connected) and its latest run. */
  public record DistrictDetails(String districtId, ConnectionSource source, RunDetails lastRun) {}
}
