package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.client.CleverFailure;
import io.rosterbridge.cleverfetcher.client.CleverTokens;
import io.rosterbridge.cleverfetcher.client.DistrictToken;
import io.rosterbridge.cleverfetcher.client.TokenSource;
import io.rosterbridge.cleverfetcher.config.CleverConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The connected districts and their tokens: discovered from Clever with the client credentials
 * (stored encrypted, looked up again when refused) and/or configured per district.
 */
@ApplicationScoped
public class DistrictConnections implements TokenSource {

  private static final Logger LOG = Logger.getLogger(DistrictConnections.class);

  private final CleverTokens clever;
  private final ConnectionStore store;
  private final Map<String, String> configured;

  public DistrictConnections(CleverTokens clever, ConnectionStore store, CleverConfig config) {
    this.clever = clever;
    this.store = store;
    this.configured = parse(config.districtTokens().orElse(List.of()));
  }

  /** Every connected district; discovery also refreshes the stored tokens. */
  public Set<String> connectedDistricts() {
    Set<String> ids = new LinkedHashSet<>(configured.keySet());
    if (clever.canDiscover()) {
      List<DistrictToken> listed = clever.all();
      listed.forEach(t -> store.save(t.districtId(), t.accessToken()));
      listed.forEach(t -> ids.add(t.districtId()));
      store.keepOnly(listed.stream().map(DistrictToken::districtId).toList());
    }
    return ids;
  }

  /**
   * The districts a command for every district reads: those Clever lists now or, when Clever cannot
   * list them even after the retries, those already known, so that the night still runs.
   */
  public Set<String> forEveryDistrict() {
    try {
      return connectedDistricts();
    } catch (CleverFailure failure) {
      Set<String> known = known().keySet();
      LOG.warnf(
          "Clever did not list the connected districts (%s); reading the %d already known: %s",
          failure.getMessage(), known.size(), known);
      return known;
    }
  }

  /**
   * The connected districts as last known, without asking Clever: configured tokens, then the
   * discovered ones stored since the last discovery.
   */
  public Map<String, ConnectionSource> known() {
    Map<String, ConnectionSource> known = new LinkedHashMap<>();
    configured.keySet().forEach(id -> known.put(id, ConnectionSource.CONFIGURED));
    if (clever.canDiscover()) {
      store.districtIds().forEach(id -> known.putIfAbsent(id, ConnectionSource.DISCOVERED));
    }
    return known;
  }

  /** The token to read a district with; empty when it is not connected. */
  public Optional<String> token(String districtId) {
    if (configured.containsKey(districtId)) {
      return Optional.of(configured.get(districtId));
    }
    Optional<String> stored = clever.canDiscover() ? store.token(districtId) : Optional.empty();
    return stored.isPresent() ? stored : renew(districtId);
  }

  @Override
  public Optional<String> renew(String districtId) {
    if (configured.containsKey(districtId) || !clever.canDiscover()) {
      return Optional.ofNullable(configured.get(districtId));
    }
    Optional<DistrictToken> found = clever.of(districtId);
    if (found.isPresent()) {
      store.save(districtId, found.get().accessToken());
    } else {
      store.remove(districtId);
    }
    return found.map(DistrictToken::accessToken);
  }

  private static Map<String, String> parse(List<String> pairs) {
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String pair : pairs) {
      int colon = pair.indexOf(':');
      if (colon <= 0 || colon == pair.length() - 1) {
        throw new IllegalArgumentException(
            "clever.district-tokens entries are districtId:token, one is not");
      }
      tokens.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
    }
    return tokens;
  }
}
