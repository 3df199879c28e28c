package io.rosterbridge.cleversim.app;

import io.rosterbridge.cleversim.Simulator;
import io.rosterbridge.cleversim.rest.SimRoutes;
import io.rosterbridge.cleversim.service.DistrictToken;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** The Quarkus app: builds the simulator from config and mounts it on the HTTP router. */
@ApplicationScoped
public class SimulatorApp {

  private static final Logger LOG = Logger.getLogger(SimulatorApp.class);
  private final CleverSimConfig config;
  private volatile Simulator simulator;

  /** The app for the given configuration. */
  public SimulatorApp(CleverSimConfig config) {
    this.config = config;
  }

  void mount(@Observes Router router) {
    simulator = Simulator.create(SimConfigs.from(config));
    SimRoutes.mount(router, simulator);
    simulator
        .districts()
        .all()
        .forEach(
            d -> {
              DistrictToken token = d.token();
              LOG.infof(
                  "serving district %s, token %s",
                  d.id(), token == null ? "-" : token.accessToken());
            });
  }

  /** The running simulator. */
  public Simulator simulator() {
    return simulator;
  }
}
