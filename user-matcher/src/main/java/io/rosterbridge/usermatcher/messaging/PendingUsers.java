package io.rosterbridge.usermatcher.messaging;

import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.usermatcher.service.RunLedger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Users read from {@code clever.records} wait here a moment to be buffered together: one
 * transaction for up to {@link #FLUSH_AT} users instead of one each. A user's record is
 * acknowledged (so may be committed) only once the transaction that buffered it committed, so a
 * crash re-delivers it; when that transaction fails, its records go to the dead-letter topic, as a
 * record that failed alone would. Pending users are buffered before any other record is handled,
 * when {@link #FLUSH_AT} are pending, and when no user came for {@link #IDLE_MILLIS} ms.
 */
@ApplicationScoped
public class PendingUsers {

  static final int FLUSH_AT = 500;
  static final long IDLE_MILLIS = 100;

  private static final Logger LOG = Logger.getLogger(PendingUsers.class);

  private final RunLedger ledger;
  private final List<UserFetched> users = new ArrayList<>();
  private final List<Message<?>> records = new ArrayList<>();
  private long lastAdded;
  private ScheduledExecutorService idle;

  public PendingUsers(RunLedger ledger) {
    this.ledger = ledger;
  }

  @PostConstruct
  void startIdleFlush() {
    idle =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "pending-users-flush");
              thread.setDaemon(true);
              return thread;
            });
    idle.scheduleWithFixedDelay(this::flushIfIdle, IDLE_MILLIS, IDLE_MILLIS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stopIdleFlush() {
    // What is still pending is not acknowledged, so Kafka delivers it again after a restart.
    idle.shutdownNow();
  }

  /** Holds the user (and its record, unacknowledged) until the next flush. */
  public synchronized void add(UserFetched user, Message<?> record) {
    users.add(user);
    records.add(record);
    lastAdded = System.nanoTime();
    if (users.size() >= FLUSH_AT) {
      flush();
    }
  }

  /** Buffers every pending user in one transaction, then acknowledges their records. */
  public synchronized void flush() {
    if (users.isEmpty()) {
      return;
    }
    List<UserFetched> batch = List.copyOf(users);
    List<Message<?>> handled = List.copyOf(records);
    users.clear();
    records.clear();
    try {
      ledger.bufferAll(batch);
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "%d users could not be buffered; their records go to the dead-letter topic",
          batch.size());
      handled.forEach(r -> r.nack(e));
      return;
    }
    handled.forEach(Message::ack);
  }

  private synchronized void flushIfIdle() {
    try {
      if (!users.isEmpty()
          && System.nanoTime() - lastAdded >= TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS)) {
        flush();
      }
    } catch (RuntimeException e) {
      LOG.errorf(e, "pending users could not be flushed");
    }
  }
}
