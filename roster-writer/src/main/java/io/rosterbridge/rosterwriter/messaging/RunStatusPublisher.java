package io.rosterbridge.rosterwriter.messaging;

import io.rosterbridge.events.sync.RunProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

/**
 * Writes the write stage's progress to {@code roster.run-status} (channel {@code run-status}),
 * keyed by district id, without waiting: progress is informational, so a refusal is only logged.
 */
@ApplicationScoped
public class RunStatusPublisher {

  private static final Logger LOG = Logger.getLogger(RunStatusPublisher.class);

  @Inject
  @Channel("run-status")
  Emitter<RunProgress> emitter;

  /** Sends the progress. */
  public void publish(RunProgress progress) {
    try {
      KeyedSends.send(emitter, progress.districtId(), progress)
          .whenComplete((ok, failure) -> warnIfRefused(progress, failure));
    } catch (RuntimeException e) {
      warnIfRefused(progress, e);
    }
  }

  private static void warnIfRefused(RunProgress progress, Throwable failure) {
    if (failure != null) {
      LOG.warnf("progress of run %s not published: %s", progress.runId(), failure.toString());
    }
  }
}
