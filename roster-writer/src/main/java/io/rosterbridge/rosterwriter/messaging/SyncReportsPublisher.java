package io.rosterbridge.rosterwriter.messaging;

import io.rosterbridge.events.SyncReportsMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Writes how runs ended to {@code roster.sync-reports}, keyed by district id. */
@ApplicationScoped
public class SyncReportsPublisher {

  /** Channel of {@code roster.sync-reports} (mapped in application.properties). */
  public static final String CHANNEL = "sync-reports";

  private final Emitter<SyncReportsMessage> emitter;

  public SyncReportsPublisher(@Channel(CHANNEL) Emitter<SyncReportsMessage> emitter) {
    this.emitter = emitter;
  }

  /** Sends the report and returns once the broker acknowledged it. */
  public void publish(SyncReportsMessage message, Duration timeout) {
    KeyedSends.await(List.of(KeyedSends.send(emitter, message.districtId(), message)), timeout);
  }
}
