package io.rosterbridge.events;

/** Kafka topic names of the Rosterbridge event flow (see docs/architecture.md). */
public final class Topics {

  /** Sync commands ({@code SyncRequested}), keyed by district id or {@link #ALL_DISTRICTS}. */
  public static final String SYNC_COMMANDS = "roster.sync-commands";

  /** What the fetcher read from Clever, framed by run markers, keyed by district id. */
  public static final String CLEVER_RECORDS = "clever.records";

  /** The matcher's resolutions plus the run's other records, run-framed, keyed by district id. */
  public static final String ROSTER_CHANGES = "roster.changes";

  /** Every account the roster holds (compacted), keyed by account id. */
  public static final String ROSTER_ACCOUNTS = "roster.accounts";

  /**
   * Run reports ({@code RunCompleted}, {@code RunHeld}, {@code RunFailed}), keyed by district id.
   */
  public static final String SYNC_REPORTS = "roster.sync-reports";

  /** Run status and progress for operators, keyed by district id. */
  public static final String RUN_STATUS = "roster.run-status";

  /** The key of a sync command that addresses every connected district. */
  public static final String ALL_DISTRICTS = "*";

  private Topics() {}

  /**
   * The dead-letter topic where {@code consumer} parks records of {@code topic} it cannot process.
   */
  public static String deadLetter(String topic, String consumer) {
    return topic + "." + consumer + ".dlq";
  }
}
