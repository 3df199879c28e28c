package io.rosterbridge.usermatcher.identity;

/** How much a run's list of users proves about the users it does not contain. */
public enum RunScope {
  /** A full read that completed: a Clever id it lacks is gone from the district. */
  COMPLETE,
  /**
   * An incremental or unfinished read: a Clever id it lacks may still exist; absence proves
   * nothing.
   */
  PARTIAL;

  /** The scope of a run the fetcher closed with {@code RunFetched}. */
  public static RunScope ofFetched(boolean incremental) {
    return incremental ? PARTIAL : COMPLETE;
  }
}
