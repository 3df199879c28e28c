package io.rosterbridge.usermatcher.messaging;

import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.identity.RunResolved;
import io.rosterbridge.events.identity.UserResolved;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.events.sync.RunState;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Tells {@code roster.run-status} (keyed by district id) where the match stage of a run stands:
 * RUNNING when its RunFetched arrives, then COMPLETED with the users resolved, or FAILED. Progress
 * is informational: a failure to send it is logged, never raised.
 */
@ApplicationScoped
public class RunStatusPublisher {

  /** Channel of {@code roster.run-status} (mapped in application.properties). */
  public static final String CHANNEL = "run-status";

  private static final Logger LOG = Logger.getLogger(RunStatusPublisher.class);

  private final Emitter<RunProgress> emitter;
  private final Clock clock;

  public RunStatusPublisher(
      @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 256)
          Emitter<RunProgress> emitter,
      Clock clock) {
    this.emitter = emitter;
    this.clock = clock;
  }

  /** The run's users are being resolved. */
  public void resolving(RunFetched fetched) {
    send(fetched, RunState.RUNNING, Map.of());
  }

  /** The run's close (its resolutions and RunResolved, or its RunFailed) was published. */
  public void closed(RunFetched fetched, List<RosterChangesMessage> closing) {
    RosterChangesMessage last = closing.get(closing.size() - 1);
    long resolved = closing.stream().filter(UserResolved.class::isInstance).count();
    if (last instanceof RunResolved) {
      send(fetched, RunState.COMPLETED, Map.of(EntityType.USER, resolved));
    } else if (last instanceof RunFailed) {
      send(fetched, RunState.FAILED, Map.of());
    }
  }

  private void send(RunFetched fetched, RunState state, Map<EntityType, Long> records) {
    RunProgress progress =
        new RunProgress(
            fetched.runId(),
            fetched.districtId(),
            null,
            RunStage.MATCH,
            state,
            records,
            clock.instant());
    try {
      emitter.send(
          Message.of(progress)
              .addMetadata(
                  OutgoingKafkaRecordMetadata.<String>builder()
                      .withKey(fetched.districtId())
                      .build()));
    } catch (RuntimeException e) {
      LOG.warnf("progress of run %s not published: %s", fetched.runId(), e.toString());
    }
  }
}
