package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.entity.FetchRun;

/** The outcome of trying to start a district's next run. */
public sealed interface Claim {

  /** Another run of the district holds a live lease. */
  record Busy() implements Claim {}

  /** Nothing waits. */
  record Idle() implements Claim {}

  /**
   * The district's active run lost its lease (its instance died) and this instance took the lease
   * over to settle it, so that no other settles it too. A RUNNING one already carries why it fails,
   * so that no new request joins it meanwhile.
   */
  record Abandoned(FetchRun run) implements Claim {}

  /** This instance now holds the run's lease and must execute it. */
  record Claimed(FetchRun run) implements Claim {}
}
