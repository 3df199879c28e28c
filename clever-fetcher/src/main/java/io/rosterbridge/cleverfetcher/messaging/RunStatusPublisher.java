package io.rosterbridge.cleverfetcher.messaging;

import io.rosterbridge.events.sync.RunProgress;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/** Writes run status and progress to {@code roster.run-status}, keyed by district id. */
@ApplicationScoped
public class RunStatusPublisher {

  /** Channel of {@code roster.run-status} (mapped in application.properties). */
  public static final String CHANNEL = "run-status";

  private static final Logger LOG = Logger.getLogger(RunStatusPublisher.class);

  private final Emitter<RunProgress> emitter;

  public RunStatusPublisher(
      @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
          Emitter<RunProgress> emitter) {
    this.emitter = emitter;
  }

  /** Publishes progress; it is informational, so a failure is logged and not raised. */
  public void publish(RunProgress progress) {
    try {
      emitter.send(
          Message.of(progress)
              .addMetadata(
                  OutgoingKafkaRecordMetadata.<String>builder()
                      .withKey(progress.districtId())
                      .build()));
    } catch (RuntimeException e) {
      LOG.warnf("progress of run %s not published: %s", progress.runId(), e.toString());
    }
  }
}
