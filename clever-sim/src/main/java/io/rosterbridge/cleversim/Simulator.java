package io.rosterbridge.cleversim;

import io.rosterbridge.cleversim.config.DataSourceSpec;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.fault.FaultRegistry;
import io.rosterbridge.cleversim.model.ObjectIds;
import io.rosterbridge.cleversim.oauth.Discovery;
import io.rosterbridge.cleversim.oauth.LoginFlow;
import io.rosterbridge.cleversim.oauth.SignIn;
import io.rosterbridge.cleversim.oauth.TokenEndpoint;
import io.rosterbridge.cleversim.rest.AdminApi;
import io.rosterbridge.cleversim.rest.ApiRequest;
import io.rosterbridge.cleversim.rest.Endpoints;
import io.rosterbridge.cleversim.rest.RequestPipeline;
import io.rosterbridge.cleversim.rest.SimResponse;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.service.DistrictRegistry;
import io.rosterbridge.cleversim.service.Mutations;
import io.rosterbridge.cleversim.service.RateLimiter;
import java.util.List;

/**
 * The simulator without any HTTP server: all state plus the request handlers. The embedded server
 * ({@link CleverSimulator}) and the Quarkus app both host one of these.
 */
public final class Simulator {

  private final SimConfig config;
  private final DistrictRegistry registry;
  private final FaultRegistry faults = new FaultRegistry();
  private final RateLimiter limiter;
  private final SignIn signIn;
  private final RequestPipeline pipeline;
  private final AdminApi admin;

  private Simulator(SimConfig config) {
    this.config = config;
    this.registry = new DistrictRegistry(new ObjectIds(config.clock()), config.clock());
    this.limiter = new RateLimiter(config.rateLimitPerMinute(), config.clock());
    this.signIn = new SignIn(config.clock(), config.codeTtl());
    Endpoints endpoints =
        new Endpoints(
            registry,
            signIn,
            new TokenEndpoint(config, registry, signIn),
            new LoginFlow(config, registry, signIn),
            new Discovery(config, signIn.idTokens()));
    this.pipeline = new RequestPipeline(endpoints, faults, limiter);
    this.admin = new AdminApi(registry, faults, config.clock(), this::reset, config.sources());
  }

  /** A simulator serving the configured districts. */
  public static Simulator create(SimConfig config) {
    Simulator simulator = new Simulator(config);
    config.sources().forEach(simulator.registry::add);
    return simulator;
  }

  /** Answers a public request (Data API, OAuth, OIDC). */
  public SimResponse handle(ApiRequest request) {
    return pipeline.handle(request);
  }

  /** Answers an admin request. */
  public SimResponse handleAdmin(ApiRequest request) {
    return admin.handle(request);
  }

  /** Delay injected before answering a public request to this path (uses up latency faults). */
  public long latencyMs(String path) {
    return faults.latencyMs(path);
  }

  /** Replaces every district with the given ones and clears faults, codes and rate counts. */
  public synchronized void reset(List<DataSourceSpec> sources) {
    registry.clear();
    faults.clear();
    limiter.clear();
    signIn.clear();
    sources.forEach(registry::add);
  }

  /** The districts and their tokens. */
  public DistrictRegistry districts() {
    return registry;
  }

  /** The injected faults. */
  public FaultRegistry faults() {
    return faults;
  }

  /** Mutations of one district ({@value DistrictRegistry#DEFAULT} for the first). */
  public Mutations mutations(String districtId) {
    District district = registry.require(districtId);
    return new Mutations(district, config.clock());
  }

  /** The configuration it runs with. */
  public SimConfig config() {
    return config;
  }
}
