package io.rosterbridge.cleversim.rest;

import io.rosterbridge.cleversim.Simulator;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.function.Function;

/** Mounts the simulator on a Vert.x Web router, its own or the Quarkus app's. */
public final class SimRoutes {

  private static final List<String> PUBLIC =
      List.of("/v3.0/*", "/userinfo", "/oauth/*", "/.well-known/openid-configuration");
  private static final long BODY_LIMIT = 16L * 1024 * 1024;

  private SimRoutes() {}

  /** Adds the simulator's routes; handlers run on worker threads (pages can be large). */
  public static void mount(Router router, Simulator simulator) {
    router.route("/admin/*").handler(BodyHandler.create().setBodyLimit(BODY_LIMIT));
    router.route("/admin/*").blockingHandler(ctx -> answer(ctx, simulator::handleAdmin), false);
    router.post("/oauth/tokens").handler(BodyHandler.create().setBodyLimit(BODY_LIMIT));
    for (String path : PUBLIC) {
      router
          .route(path)
          .handler(ctx -> delay(ctx, simulator))
          .blockingHandler(ctx -> answer(ctx, simulator::handle), false);
    }
  }

  private static void delay(RoutingContext ctx, Simulator simulator) {
    long ms = simulator.latencyMs(ctx.request().path());
    if (ms > 0) {
      ctx.vertx().setTimer(ms, id -> ctx.next());
    } else {
      ctx.next();
    }
  }

  private static void answer(RoutingContext ctx, Function<ApiRequest, SimResponse> handler) {
    VertxBridge.write(ctx, handler.apply(VertxBridge.request(ctx)));
  }
}
