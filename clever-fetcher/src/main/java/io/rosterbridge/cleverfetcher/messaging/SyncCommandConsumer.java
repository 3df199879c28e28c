package io.rosterbridge.cleverfetcher.messaging;

import io.rosterbridge.cleverfetcher.service.SyncRequestLog;
import io.rosterbridge.events.sync.SyncRequested;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads sync commands from {@code roster.sync-commands}; unreadable ones go to its dead-letter
 * topic.
 */
@ApplicationScoped
public class SyncCommandConsumer {

  /** Channel of {@code roster.sync-commands} (mapped in application.properties). */
  public static final String CHANNEL = "sync-commands";

  private final SyncRequestLog log;

  public SyncCommandConsumer(SyncRequestLog log) {
    this.log = log;
  }

  @Incoming(CHANNEL)
  @Blocking
  public void onSyncRequested(SyncRequested command) {
    log.record(command);
  }
}
