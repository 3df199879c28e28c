package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.identity.RunResolved;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunStarted;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Takes a batch of {@code roster.changes} messages in order: records are staged together, and each
 * run-control message first stages what came before it, then opens, applies or fails its run.
 */
@ApplicationScoped
public class RunIntake {

  private static final Logger LOG = Logger.getLogger(RunIntake.class);

  private final RunStaging staging;
  private final RunLifecycle lifecycle;
  private final WriteProgress progress;

  public RunIntake(RunStaging staging, RunLifecycle lifecycle, WriteProgress progress) {
    this.staging = staging;
    this.lifecycle = lifecycle;
    this.progress = progress;
  }

  /** One delivered message: its {@code ce_id} and payload. */
  public record Delivered(String messageId, RosterChangesMessage message) {}

  /** A delivered message that cannot be staged, and why (it belongs on the dead-letter topic). */
  public record Refused(Delivered delivered, String reason) {}

  /** Handles the batch; returns the messages it refused. */
  public List<Refused> accept(List<Delivered> batch) {
    List<Refused> refused = new ArrayList<>();
    StagedRecords records = new StagedRecords();
    for (Delivered delivered : batch) {
      RosterChangesMessage message = delivered.message();
      if (StagedRecords.isRecord(message)) {
        add(records, delivered, refused);
      } else {
        stage(records);
        records = new StagedRecords();
        control(delivered);
      }
    }
    stage(records);
    return refused;
  }

  private void stage(StagedRecords records) {
    staging.stage(records);
    progress.staged(records);
  }

  private static void add(StagedRecords records, Delivered delivered, List<Refused> refused) {
    try {
      records.add(delivered.message());
    } catch (IllegalArgumentException e) {
      refused.add(new Refused(delivered, e.getMessage()));
    }
  }

  private void control(Delivered delivered) {
    RosterChangesMessage message = delivered.message();
    String id = delivered.messageId();
    if (message instanceof RunStarted started) {
      lifecycle.started(started, id);
    } else if (message instanceof RunResolved resolved) {
      progress.applying(resolved.runId());
      resolve(resolved, id);
      progress.ended(resolved.runId());
    } else if (message instanceof RunFailed failed) {
      lifecycle.failed(failed, id);
      progress.ended(failed.runId());
    } else {
      LOG.warnf("ignoring %s on roster.changes", message.getClass().getSimpleName());
    }
  }

  private void resolve(RunResolved resolved, String id) {
    try {
      lifecycle.resolved(resolved, id);
    } catch (RuntimeException e) {
      LOG.errorf(
          e, "run %s of district %s could not be applied", resolved.runId(), resolved.districtId());
      lifecycle.failedInWriter(resolved, e);
    }
  }
}
