package io.rosterbridge.cleverfetcher.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.rosterbridge.cleverfetcher.client.CleverFailure;
import io.rosterbridge.cleverfetcher.client.DistrictSession;
import io.rosterbridge.cleverfetcher.config.CleverConfig;
import io.rosterbridge.cleverfetcher.config.FetcherConfig;
import io.rosterbridge.cleverfetcher.entity.FetchRun;
import io.rosterbridge.cleverfetcher.messaging.CleverRecordsPublisher;
import io.rosterbridge.cleverfetcher.messaging.PublishFailedException;
import io.rosterbridge.cleverfetcher.messaging.RunStatusPublisher;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.SyncMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Executes one run this instance holds: RunStarted, the read (full, or incremental from the
 * cursor), then RunFetched only when Kafka acknowledged every record — or RunFailed.
 */
@ApplicationScoped
public class RunExecutor {

  private static final Logger LOG = Logger.getLogger(RunExecutor.class);

  private final DistrictConnections connections;
  private final EventsReader events;
  private final FullRead full;
  private final CleverRecordsPublisher records;
  private final RunLedger ledger;
  private final RunEnding ending;
  private final CleverConfig clever;
  private final RunServices services;

  public RunExecutor(
      DistrictConnections connections,
      EventsReader events,
      FullRead full,
      CleverRecordsPublisher records,
      RunLedger ledger,
      RunEnding ending,
      CleverConfig clever,
      FetcherConfig config,
      RunStatusPublisher status,
      Clock clock,
      MeterRegistry metrics) {
    this.connections = connections;
    this.events = events;
    this.full = full;
    this.records = records;
    this.ledger = ledger;
    this.ending = ending;
    this.clever = clever;
    this.services = new RunServices(status, ledger, clock, config.progressInterval(), metrics);
  }

  /** Runs the read to its end; never throws. */
  public void execute(FetchRun run, String owner) {
    RunOutput out = new RunOutput(run, records.open(run.districtId), services, owner);
    Timer.Sample sample = Timer.start(services.metrics());
    String outcome = "failed";
    try {
      read(run, out, owner);
      outcome = "fetched";
    } catch (CleverFailure failure) {
      ending.failed(out, owner, failure.reason(), failure.getMessage());
    } catch (LeaseLostException lost) {
      outcome = "lost";
      LOG.warnf("run %s: %s; another instance closes it", run.runId, lost.getMessage());
    } catch (PublishFailedException e) {
      ending.failed(out, owner, RunFailureReason.INTERNAL_ERROR, e.getMessage());
    } catch (RuntimeException e) {
      LOG.errorf(e, "run %s failed unexpectedly", run.runId);
      ending.failed(out, owner, RunFailureReason.INTERNAL_ERROR, e.toString());
    } finally {
      sample.stop(
          services
              .metrics()
              .timer("fetcher.run.duration", "district", run.districtId, "outcome", outcome));
    }
  }

  private void read(FetchRun run, RunOutput out, String owner) {
    DistrictSession session = session(run);
    ReadPlan plan = events.plan(session, run);
    ledger.started(run.runId, plan.mode(), plan.fallbackReason());
    run.mode = plan.mode();
    if (plan.fallbackReason() != null) {
      LOG.infof(
          "run %s reads district %s in full: %s", run.runId, run.districtId, plan.fallbackReason());
    }
    out.start(plan.mode());
    if (plan.mode() == SyncMode.INCREMENTAL) {
      events.read(session, out, plan);
    } else {
      if (plan.mode() == SyncMode.FULL) {
        events.seed(session, run);
      }
      full.read(session, out);
    }
    out.flush();
    if (!ledger.completing(run.runId, owner, out.counts())) {
      throw new LeaseLostException(run.runId);
    }
    ending.fetched(run, out.counts());
  }

  private DistrictSession session(FetchRun run) {
    String token =
        connections
            .token(run.districtId)
            .orElseThrow(
                () ->
                    new CleverFailure(
                        RunFailureReason.DISTRICT_DISCONNECTED,
                        "district " + run.districtId + " is not connected: Clever has no token"));
    int pageSize = clever.pageSizeOverrides().getOrDefault(run.districtId, clever.pageSize());
    return new DistrictSession(run.districtId, token, connections, pageSize);
  }
}
