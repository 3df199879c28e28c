package io.rosterbridge.rosterwriter.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.rosterbridge.rosterwriter.config.WriterConfig;
import io.rosterbridge.rosterwriter.entity.RosterRun;
import io.rosterbridge.rosterwriter.repository.Jdbc;
import io.rosterbridge.rosterwriter.repository.OutboxRepository;
import io.rosterbridge.rosterwriter.repository.OutboxRepository.Queued;
import io.rosterbridge.rosterwriter.service.RunMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Publishes what committed transactions queued: changed accounts to {@code roster.accounts}, then
 * finished runs to {@code roster.sync-reports}. A row leaves its outbox only after the broker
 * acknowledged it, so a crash re-publishes rather than loses.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final Jdbc jdbc;
  private final OutboxRepository outbox;
  private final AccountsPublisher accounts;
  private final SyncReportsPublisher reports;
  private final WriterConfig config;

  public OutboxRelay(
      Jdbc jdbc,
      OutboxRepository outbox,
      AccountsPublisher accounts,
      SyncReportsPublisher reports,
      WriterConfig config) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.accounts = accounts;
    this.reports = reports;
    this.config = config;
  }

  /** At the writer's first start on a database, every existing account is queued once. */
  void onStart(@Observes StartupEvent event) {
    if (jdbc.inNewTransaction(Duration.ofMinutes(5), outbox::enqueueAllOnce)) {
      LOG.info("first start: every existing account is queued for roster.accounts");
    }
  }

  @Scheduled(
      every = "${rosterbridge.writer.publish.every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void relay() {
    try {
      relayAccounts();
      relayReports();
    } catch (RuntimeException e) {
      LOG.warnf("publishing paused, will retry: %s", e.getMessage());
    }
  }

  /**
   * Publishes what is queued now, for a request whose accounts must be on {@code roster.accounts}
   * before it answers (a CSV import just before a sync); if Kafka does not acknowledge, the
   * schedule publishes them later.
   */
  public void relayAccountsNow() {
    try {
      relayAccounts();
    } catch (RuntimeException e) {
      LOG.warnf("accounts left for the scheduled publishing: %s", e.getMessage());
    }
  }

  /**
   * Publishes queued accounts until the outbox is empty (one caller at a time): passes in id order,
   * each read by key from where its previous batch ended, until a pass finds nothing; an account
   * queued meanwhile behind the pass goes out on the next one.
   */
  public synchronized void relayAccounts() {
    while (relayPass() > 0) {
      // accounts queued during the pass may lie behind it
    }
  }

  /** One pass over the outbox in id order; returns how many accounts it published. */
  private int relayPass() {
    Duration timeout = config.publish().ackTimeout();
    String after = "";
    int published = 0;
    while (true) {
      String from = after;
      List<Queued> batch =
          jdbc.inNewTransaction(
              timeout, c -> outbox.pending(c, from, config.publish().batchSize()));
      if (batch.isEmpty()) {
        return published;
      }
      accounts.publish(batch.stream().map(Queued::account).toList(), timeout);
      jdbc.inNewTransaction(timeout, c -> remove(c, batch));
      published += batch.size();
      after = batch.get(batch.size() - 1).account().accountId();
    }
  }

  /**
   * Publishes the reports of finished runs, oldest first; one that Kafka refuses is retried on the
   * next round and keeps no other district's report waiting.
   */
  public void relayReports() {
    List<RosterRun> due =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    RosterRun.<RosterRun>list(
                        "reportPublished = false and finishedAt is not null order by finishedAt"));
    RuntimeException refused = null;
    for (RosterRun run : due) {
      try {
        reports.publish(RunMessages.of(run), config.publish().ackTimeout());
      } catch (RuntimeException e) {
        LOG.warnf("the report of run %s was not published: %s", run.id, e.getMessage());
        refused = e;
        continue;
      }
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  // unless an approval or a later full run rewrote the report meanwhile
                  RosterRun.update(
                      "reportPublished = true where id = ?1 and state = ?2"
                          + " and approvedAt is not distinct from ?3",
                      run.id,
                      run.state,
                      run.approvedAt));
    }
    if (refused != null) {
      throw refused;
    }
  }

  private Void remove(java.sql.Connection c, List<Queued> batch) throws java.sql.SQLException {
    outbox.remove(c, batch);
    return null;
  }
}
