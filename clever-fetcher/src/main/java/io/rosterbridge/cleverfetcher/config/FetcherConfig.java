package io.rosterbridge.cleverfetcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the fetcher runs: concurrency, leases, publishing, the events cursor and the schedule. */
@ConfigMapping(prefix = "fetcher")
public interface FetcherConfig {

  /** Runs (of different districts) this instance executes at the same time. */
  @WithDefault("2")
  int maxConcurrentRuns();

  /** Records published but not yet acknowledged by Kafka before reading pauses. */
  @WithDefault("5000")
  int maxUnacknowledged();

  /** Longest wait for Kafka to acknowledge what a run published before it fails. */
  @WithDefault("2m")
  Duration publishTimeout();

  /** Least time between two progress messages of one run. */
  @WithDefault("2s")
  Duration progressInterval();

  /** The lease that keeps one run per district. */
  Lease lease();

  /** The Events API cursor. */
  Events events();

  /** The optional in-process nightly schedule. */
  Nightly nightly();

  /** A run's lease: renewed while it runs, taken over when it expires. */
  interface Lease {

    /** A run whose lease was not renewed for this long is considered abandoned. */
    @WithDefault("60s")
    Duration ttl();

    /** How often leases are renewed and abandoned or waiting runs are looked for. */
    @WithDefault("10s")
    Duration heartbeat();
  }

  /** Incremental reads from the Events API. */
  interface Events {

    /** A cursor older than this is not trusted (Clever keeps events 30 days): read in full. */
    @WithDefault("25d")
    Duration maxCursorAge();
  }

  /** The nightly full read of every connected district, for installs without a CronJob. */
  interface Nightly {

    /** Whether this instance requests the nightly sync itself. */
    @WithDefault("false")
    boolean enabled();

    /** When, as a Quartz cron expression (seconds first). */
    @WithDefault("0 0 0 * * ?")
    String cron();

    /** The time zone of the cron expression. */
    @WithDefault("America/Los_Angeles")
    String timeZone();
  }
}
