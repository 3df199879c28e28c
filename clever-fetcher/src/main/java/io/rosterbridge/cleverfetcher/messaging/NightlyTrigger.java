package io.rosterbridge.cleverfetcher.messaging;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.rosterbridge.cleverfetcher.config.FetcherConfig;
import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.Topics;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The optional in-process nightly trigger (off by default; Kubernetes installs use the CronJob):
 * writes one command for every connected district to {@code roster.sync-commands}. Its command id
 * names the night, so replicas that all fire request one sync.
 */
@ApplicationScoped
public class NightlyTrigger {

  /** Channel writing to {@code roster.sync-commands} (mapped in application.properties). */
  public static final String CHANNEL = "sync-commands-out";

  /** Who the nightly commands say asked for them. */
  public static final String REQUESTER = "clever-fetcher/nightly";

  private final Emitter<RosterEvent> emitter;
  private final ZoneId zone;

  public NightlyTrigger(@Channel(CHANNEL) Emitter<RosterEvent> emitter, FetcherConfig config) {
    this.emitter = emitter;
    this.zone = ZoneId.of(config.nightly().timeZone());
  }

  @Scheduled(
      identity = "nightly-sync",
      cron = "${fetcher.nightly.cron}",
      timeZone = "${fetcher.nightly.time-zone}",
      skipExecutionIf = Disabled.class)
  void fire(ScheduledExecution execution) {
    request(execution.getScheduledFireTime());
  }

  /** Requests the full sync of every connected district for the night of {@code at}. */
  public SyncRequested request(Instant at) {
    LocalDate night = at.atZone(zone).toLocalDate();
    SyncRequested command =
        new SyncRequested(
            "nightly-" + night,
            Topics.ALL_DISTRICTS,
            SyncTrigger.NIGHTLY,
            SyncMode.FULL,
            REQUESTER,
            at);
    emitter.send(
        Message.<RosterEvent>of(command)
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(Topics.ALL_DISTRICTS)
                    .build()));
    return command;
  }

  /** Skips the schedule unless {@code fetcher.nightly.enabled}. */
  @Singleton
  public static class Disabled implements Scheduled.SkipPredicate {

    private final boolean enabled;

    public Disabled(FetcherConfig config) {
      this.enabled = config.nightly().enabled();
    }

    @Override
    public boolean test(ScheduledExecution execution) {
      return !enabled;
    }
  }
}
