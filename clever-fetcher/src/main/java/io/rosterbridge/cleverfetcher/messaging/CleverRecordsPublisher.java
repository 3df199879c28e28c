package io.rosterbridge.cleverfetcher.messaging;

import io.rosterbridge.cleverfetcher.config.FetcherConfig;
import io.rosterbridge.events.CleverRecordsMessage;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Writes runs to {@code clever.records} (run markers and records, keyed by district id). */
@ApplicationScoped
public class CleverRecordsPublisher {

  /** Channel of {@code clever.records} (mapped in application.properties). */
  public static final String CHANNEL = "clever-records";

  private final Emitter<CleverRecordsMessage> emitter;
  private final FetcherConfig config;

  public CleverRecordsPublisher(
      // Unbounded here because each RunStream bounds what it leaves unacknowledged.
      @Channel(CHANNEL) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<CleverRecordsMessage> emitter,
      FetcherConfig config) {
    this.emitter = emitter;
    this.config = config;
  }

  /** A stream for one run of a district. */
  public RunStream open(String districtId) {
    return new RunStream(emitter, districtId, config.maxUnacknowledged(), config.publishTimeout());
  }
}
