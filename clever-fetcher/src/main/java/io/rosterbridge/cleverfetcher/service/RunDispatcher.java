package io.rosterbridge.cleverfetcher.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.rosterbridge.cleverfetcher.config.FetcherConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Executes runs on its own threads, never on the Kafka consumer's: one district's runs one after
 * the other, a few districts at a time. Renews the leases of its runs and, on every instance, picks
 * up waiting runs and closes runs whose instance died.
 */
@ApplicationScoped
public class RunDispatcher {

  private static final Logger LOG = Logger.getLogger(RunDispatcher.class);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

  private final RunLedger ledger;
  private final RunExecutor executor;
  private final RunEnding ending;
  private final Duration ttl;
  private final String owner;
  private final ExecutorService threads;
  private final Map<String, String> running = new ConcurrentHashMap<>();
  private final Set<String> pending = ConcurrentHashMap.newKeySet();

  public RunDispatcher(
      RunLedger ledger, RunExecutor executor, RunEnding ending, FetcherConfig config) {
    this.ledger = ledger;
    this.executor = executor;
    this.ending = ending;
    this.ttl = config.lease().ttl();
    this.owner = instanceName();
    AtomicInteger count = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            config.maxConcurrentRuns(), r -> new Thread(r, "fetch-run-" + count.incrementAndGet()));
  }

  /** Makes sure the district's waiting runs get executed (here or by the lease holder). */
  public void kick(String districtId) {
    if (pending.add(districtId)) {
      try {
        threads.execute(() -> drain(districtId));
      } catch (RejectedExecutionException e) {
        pending.remove(districtId);
        LOG.debugf("district %s not kicked: shutting down", districtId);
      }
    }
  }

  /** Renews this instance's leases and looks for waiting or abandoned runs of any instance. */
  @Scheduled(
      every = "${fetcher.lease.heartbeat}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void maintain() {
    Set<String> lost = ledger.heartbeat(owner, Set.copyOf(running.keySet()));
    lost.forEach(runId -> LOG.warnf("run %s: lease lost", runId));
    ledger.districtsNeedingWork(ttl).forEach(this::kick);
  }

  void stop(@Observes ShutdownEvent event) throws InterruptedException {
    threads.shutdownNow();
    if (!threads.awaitTermination(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
      LOG.warn(
          "runs still busy at shutdown; their leases will expire and another instance closes them");
    }
  }

  private void drain(String districtId) {
    pending.remove(districtId);
    try {
      while (step(districtId)) {
        // next waiting run of the district
      }
    } catch (RuntimeException e) {
      LOG.errorf(
          e, "district %s: waiting runs not started; retried at the next heartbeat", districtId);
    }
  }

  private boolean step(String districtId) {
    Claim claim = ledger.claimNext(districtId, owner, ttl);
    if (claim instanceof Claim.Abandoned abandoned) {
      // Renewed by the heartbeat while it is settled, so that no other instance takes it over.
      running.put(abandoned.run().runId, districtId);
      try {
        return ending.settleAbandoned(abandoned.run(), owner);
      } finally {
        running.remove(abandoned.run().runId);
      }
    }
    if (claim instanceof Claim.Claimed claimed) {
      running.put(claimed.run().runId, districtId);
      try {
        executor.execute(claimed.run(), owner);
      } finally {
        running.remove(claimed.run().runId);
      }
      return !Thread.currentThread().isInterrupted();
    }
    return false;
  }

  private static String instanceName() {
    String host = System.getenv().getOrDefault("HOSTNAME", "clever-fetcher");
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
