package io.rosterbridge.cleverfetcher.messaging;

import io.rosterbridge.cleverfetcher.service.SyncCommands;
import io.rosterbridge.events.sync.SyncRequested;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads sync commands from {@code roster.sync-commands}; unreadable ones go to its dead-letter
 * topic. Runs execute elsewhere: handling a command only records it and queues its runs.
 */
@ApplicationScoped
public class SyncCommandConsumer {

  /** Channel of {@code roster.sync-commands} (mapped in application.properties). */
  public static final String CHANNEL = "sync-commands";

  private final SyncCommands commands;

  public SyncCommandConsumer(SyncCommands commands) {
    this.commands = commands;
  }

  @Incoming(CHANNEL)
  @Blocking
  public void onSyncRequested(SyncRequested command) {
    commands.accept(command);
  }
}
