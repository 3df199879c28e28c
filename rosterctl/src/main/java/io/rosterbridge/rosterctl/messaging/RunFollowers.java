package io.rosterbridge.rosterctl.messaging;

import io.rosterbridge.rosterctl.config.CtlConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Opens {@link RunFollower}s on the configured cluster. */
@ApplicationScoped
public class RunFollowers {

  private final CtlConfig config;

  public RunFollowers(CtlConfig config) {
    this.config = config;
  }

  /** A follower positioned at the current end of the run-status and report topics. */
  public RunFollower open() {
    return RunFollower.open(config.kafka().bootstrapServers(), config.kafka().timeout());
  }
}
