package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.entity.FetchRun;
import java.time.Instant;

/** The outcome of trying to start a district's next run. */
public sealed interface Claim {

  /** Another run of the district holds a live lease. */
  record Busy() implements Claim {}

  /** Nothing waits. */
  record Idle() implements Claim {}

  /**
   * The district's active run lost its lease (its instance died) and this instance took the lease
   * over to settle it, so that no other settles it too; {@code lastOwner} and {@code lastHeartbeat}
   * are those of the instance that died.
   */
  record Abandoned(FetchRun run, String lastOwner, Instant lastHeartbeat) implements Claim {}

  /** This instance now holds the run's lease and must execute it. */
  record Claimed(FetchRun run) implements Claim {}
}
