package io.rosterbridge.cleversim;

import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.fault.FaultRegistry;
import io.rosterbridge.cleversim.rest.SimRoutes;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.service.DistrictRegistry;
import io.rosterbridge.cleversim.service.Mutations;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.concurrent.TimeUnit;

/**
 * An embedded Clever simulator for tests: {@code CleverSimulator.start(config)} serves the Data
 * API, OAuth/OIDC and the admin API on a free port until {@link #close()}.
 *
 * <pre>{@code
 * try (CleverSimulator clever = CleverSimulator.start(SimConfig.builder()
 *     .generate(GeneratorSpec.ofUsers(7, 25_000)).build())) {
 *   String api = clever.baseUrl();              // http://127.0.0.1:<port>
 *   String token = clever.districtToken();      // Bearer token of the district
 * }
 * }</pre>
 */
public final class CleverSimulator implements AutoCloseable {

  private final Simulator simulator;
  private final Vertx vertx;
  private final HttpServer server;
  private final String baseUrl;

  private CleverSimulator(Simulator simulator, Vertx vertx, HttpServer server, String host) {
    this.simulator = simulator;
    this.vertx = vertx;
    this.server = server;
    this.baseUrl = "http://" + host + ":" + server.actualPort();
  }

  /** Starts a simulator on {@code config.port()} (0: a free port) and waits until it listens. */
  public static CleverSimulator start(SimConfig config) {
    Simulator simulator = Simulator.create(config);
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(4));
    Router router = Router.router(vertx);
    SimRoutes.mount(router, simulator);
    try {
      HttpServer server =
          vertx
              .createHttpServer()
              .requestHandler(router)
              .listen(config.port(), config.host())
              .toCompletionStage()
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      return new CleverSimulator(simulator, vertx, server, config.host());
    } catch (Exception e) {
      vertx.close();
      throw new IllegalStateException(
          "clever-sim could not listen on " + config.host() + ":" + config.port(), e);
    }
  }

  /** Starts a simulator with one generated district of about {@code users} users. */
  public static CleverSimulator generated(long seed, int users) {
    return start(SimConfig.builder().generate(GeneratorSpec.ofUsers(seed, users)).build());
  }

  /** Base URL without a trailing slash, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The first district (the only one in most tests). */
  public District district() {
    return simulator.districts().require(DistrictRegistry.DEFAULT);
  }

  /** The Clever id of the first district. */
  public String districtId() {
    return district().id();
  }

  /** The current bearer token of the first district, or null after it disconnected. */
  public String districtToken() {
    return district().token() == null ? null : district().token().accessToken();
  }

  /** All districts, their tokens, disconnect and rotate. */
  public DistrictRegistry districts() {
    return simulator.districts();
  }

  /** Mutations of the first district; each appends the matching event. */
  public Mutations mutations() {
    return simulator.mutations(DistrictRegistry.DEFAULT);
  }

  /** Switch faults on and off. */
  public FaultRegistry faults() {
    return simulator.faults();
  }

  /** The simulator behind the server (reset, config). */
  public Simulator simulator() {
    return simulator;
  }

  /** Stops the server. */
  @Override
  public void close() {
    try {
      server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // Closing Vert.x below releases the port anyway.
    } finally {
      vertx.close();
    }
  }
}
