package io.rosterbridge.cleversim.service;

import io.rosterbridge.cleversim.config.DataSourceSpec;
import io.rosterbridge.cleversim.generate.DistrictGenerator;
import io.rosterbridge.cleversim.load.DumpLoader;
import io.rosterbridge.cleversim.model.ApiException;
import io.rosterbridge.cleversim.model.ObjectIds;
import io.rosterbridge.cleversim.model.Timestamps;
import io.rosterbridge.cleversim.store.DistrictData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The connected districts and their tokens; disconnecting revokes, rotating re-issues. */
public final class DistrictRegistry {

  /** Alias for the first district in admin URLs. */
  public static final String DEFAULT = "default";

  private final List<District> districts = new CopyOnWriteArrayList<>();
  private final Map<String, District> byToken = new ConcurrentHashMap<>();
  private final ObjectIds ids;
  private final Clock clock;

  /** An empty registry. */
  public DistrictRegistry(ObjectIds ids, Clock clock) {
    this.ids = ids;
    this.clock = clock;
  }

  /** Loads or generates a district and connects it with a token. */
  public synchronized District add(DataSourceSpec spec) {
    DistrictData data =
        spec.generator() != null
            ? DistrictGenerator.generate(spec.generator())
            : DumpLoader.load(spec.dumpDir());
    if (byId(data.districtId()).isPresent()) {
      throw new ApiException(409, "district already loaded: " + data.districtId());
    }
    District district = new District(data, ids, clock);
    districts.add(district);
    connect(district, spec.token() != null ? spec.token() : ObjectIds.randomHex(40));
    return district;
  }

  /** Forgets every district and token. */
  public synchronized void clear() {
    districts.clear();
    byToken.clear();
  }

  /** Removes a district. */
  public synchronized void remove(String districtId) {
    District district = require(districtId);
    disconnect(district.id());
    districts.remove(district);
  }

  /** All districts in load order. */
  public List<District> all() {
    return List.copyOf(districts);
  }

  /** A district by id, or the first one for {@value #DEFAULT}. */
  public Optional<District> byId(String districtId) {
    if (DEFAULT.equals(districtId)) {
      return districts.stream().findFirst();
    }
    return districts.stream().filter(d -> d.id().equals(districtId)).findFirst();
  }

  /** Like {@link #byId} but 404 when unknown. */
  public District require(String districtId) {
    return byId(districtId).orElseThrow(() -> ApiException.notFound("no district " + districtId));
  }

  /** The district a bearer token grants access to. */
  public Optional<District> byToken(String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(byToken.get(token));
  }

  /** Revokes the district's token (the district disconnected); later calls with it get 401. */
  public synchronized void disconnect(String districtId) {
    District district = require(districtId);
    DistrictToken token = district.token();
    if (token != null) {
      byToken.remove(token.accessToken());
      district.token(null);
    }
  }

  /** Replaces the district's token with a new one and returns it; the old one stops working. */
  public synchronized DistrictToken rotate(String districtId) {
    disconnect(districtId);
    return connect(require(districtId), ObjectIds.randomHex(40));
  }

  /** The tokens of all connected districts. */
  public List<DistrictToken> tokens() {
    List<DistrictToken> out = new ArrayList<>();
    districts.forEach(d -> Optional.ofNullable(d.token()).ifPresent(out::add));
    return out;
  }

  private DistrictToken connect(District district, String accessToken) {
    String created = Timestamps.format(clock.instant());
    DistrictToken token =
        new DistrictToken(ids.next(), district.id(), accessToken, created, DistrictToken.SCOPES);
    district.token(token);
    byToken.put(accessToken, district);
    return token;
  }
}
