package io.rosterbridge.rosterwriter.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** Settings of the roster-writer (prefix {@code rosterbridge.writer}). */
@ConfigMapping(prefix = "rosterbridge.writer")
public interface WriterConfig {

  /** The deletion guard's defaults, used by districts that set no thresholds of their own. */
  Guard guard();

  /** Publication of the outbox to Kafka. */
  Publish publish();

  /** The longest one run's apply (one transaction) may take. */
  @WithDefault("PT10M")
  java.time.Duration applyTimeout();

  /** Who may use the read API. */
  Api api();

  /** The least time between two progress messages of one run while it is staged. */
  @WithDefault("PT1S")
  java.time.Duration progressInterval();

  /** How many ids a report lists as a sample of each type's held deletions. */
  @WithDefault("20")
  int heldSample();

  /** Roles and claims of the bearer tokens the read API accepts. */
  interface Api {

    /** The role (in the token's groups) of operators, who see and change every district. */
    @WithDefault("operator")
    String operatorRole();

    /** The role of district admins, who see and change only their own district. */
    @WithDefault("DISTRICT_ADMIN")
    String districtAdminRole();

    /** The token claim naming a district admin's Clever district id. */
    @WithDefault("district")
    String districtClaim();
  }

  /** Deletion-guard defaults. */
  interface Guard {

    /** Hold a type's deletions when they exceed this percentage of its active rows (and min). */
    @WithDefault("10")
    BigDecimal maxPercent();

    /** Hold a type's deletions only when they are also more than this many records. */
    @WithDefault("20")
    int minRecords();
  }

  /** Outbox publication. */
  interface Publish {

    /** How often the outbox relay looks for accounts and reports to publish. */
    @WithDefault("1s")
    String every();

    /** How many accounts one publication round sends before waiting for the broker's acks. */
    @WithDefault("1000")
    int batchSize();

    /** How long to wait for the broker to acknowledge one round before trying again later. */
    @WithDefault("PT30S")
    java.time.Duration ackTimeout();
  }
}
