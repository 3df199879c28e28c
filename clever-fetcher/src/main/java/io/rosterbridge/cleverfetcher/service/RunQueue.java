package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.config.FetcherConfig;
import io.rosterbridge.cleverfetcher.entity.FetchRun;
import io.rosterbridge.cleverfetcher.entity.RunCommand;
import io.rosterbridge.cleverfetcher.entity.RunStatus;
import io.rosterbridge.cleverfetcher.repository.RunCommandRepository;
import io.rosterbridge.cleverfetcher.repository.RunRepository;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns sync commands into runs. A command joins the district's active run when that run's read
 * serves it, else a waiting run that does, else a new waiting run: one run per district at a time,
 * and never a FULL read replaced by a PREVIEW or an INCREMENTAL one.
 */
@ApplicationScoped
public class RunQueue {

  private final SyncRequestLog log;
  private final RunRepository runs;
  private final RunCommandRepository commands;
  private final FetcherConfig config;
  private final Clock clock;

  public RunQueue(
      SyncRequestLog log,
      RunRepository runs,
      RunCommandRepository commands,
      FetcherConfig config,
      Clock clock) {
    this.log = log;
    this.runs = runs;
    this.commands = commands;
    this.config = config;
    this.clock = clock;
  }

  /** Records the command and joins it to a run per district; nothing if it was seen before. */
  @Transactional
  public List<JoinedRun> accept(SyncRequested command, List<String> districtIds) {
    if (!log.record(command)) {
      return List.of();
    }
    SyncMode mode = modeOf(command);
    return districtIds.stream().map(d -> join(command, d, mode)).toList();
  }

  /** Whether a run reading {@code running} also answers a request for {@code requested}. */
  static boolean serves(SyncMode running, SyncMode requested) {
    return running == requested || (running == SyncMode.FULL && requested == SyncMode.INCREMENTAL);
  }

  /** The mode a command asks for; a nightly run is always a full read (it is what sweeps). */
  static SyncMode modeOf(SyncRequested command) {
    SyncMode mode = command.mode() == null ? SyncMode.FULL : command.mode();
    return command.trigger() == SyncTrigger.NIGHTLY && mode == SyncMode.INCREMENTAL
        ? SyncMode.FULL
        : mode;
  }

  private JoinedRun join(SyncRequested command, String districtId, SyncMode mode) {
    runs.lockDistrict(districtId);
    Instant now = clock.instant();
    FetchRun run =
        liveRunServing(districtId, mode)
            .or(
                () ->
                    runs.queued(districtId).stream()
                        .filter(q -> serves(q.requestedMode, mode))
                        .findFirst())
            .orElseGet(() -> create(command, districtId, mode, now));
    RunCommand link = new RunCommand();
    link.commandId = command.commandId();
    link.runId = run.runId;
    link.joinedAt = now;
    commands.persist(link);
    return new JoinedRun(run.runId, districtId, run.status);
  }

  private Optional<FetchRun> liveRunServing(String districtId, SyncMode mode) {
    // Leases are kept by the database's clock (see RunLedger).
    Instant expired = runs.now().minus(config.lease().ttl());
    return runs.active(districtId)
        .filter(r -> r.status == RunStatus.RUNNING)
        .filter(r -> r.failureReason == null)
        .filter(r -> !r.heartbeatAt.isBefore(expired))
        .filter(r -> serves(r.effectiveMode(), mode));
  }

  private FetchRun create(SyncRequested command, String districtId, SyncMode mode, Instant now) {
    FetchRun run = new FetchRun();
    run.runId = UUID.randomUUID().toString();
    run.districtId = districtId;
    run.commandId = command.commandId();
    run.requestedMode = mode;
    run.trigger = command.trigger() == null ? SyncTrigger.MANUAL : command.trigger();
    run.requestedBy = command.requestedBy() == null ? "unknown" : command.requestedBy();
    run.status = RunStatus.QUEUED;
    run.createdAt = now;
    runs.persist(run);
    return run;
  }
}
