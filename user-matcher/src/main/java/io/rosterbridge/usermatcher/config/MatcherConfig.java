package io.rosterbridge.usermatcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the matcher runs: waits for Kafka, the resolving transaction and what it keeps. */
@ConfigMapping(prefix = "matcher")
public interface MatcherConfig {

  /** Longest wait for Kafka to acknowledge what one incoming record makes the matcher publish. */
  @WithDefault("2m")
  Duration publishTimeout();

  /** Longest transaction resolving one run: loading its users and index, deciding, storing. */
  @WithDefault("10m")
  Duration resolveTimeout();

  /**
   * Longest wait, when a run closes, for the identity index to read what is on {@code
   * roster.accounts}; a run whose index is still behind then fails rather than duplicate accounts.
   */
  @WithDefault("2m")
  Duration accountsCatchUpTimeout();

  /** Resolved runs per district whose resolutions are kept for republishing; older are purged. */
  @WithDefault("5")
  int keptRuns();
}
