package io.rosterbridge.usermatcher.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Records of one channel that wait a moment to be stored together: one transaction for up to {@link
 * #FLUSH_AT} of them instead of one each. A record is acknowledged (so may be committed) only once
 * the transaction that stored it committed, so a crash delivers it again. When a batch's
 * transaction fails, its records are stored one by one, and only those that fail alone go to the
 * dead-letter topic. Pending records are stored when {@link #FLUSH_AT} are pending, when nothing
 * came for {@link #IDLE_MILLIS} ms, and whenever the consumer calls {@link #flush}.
 *
 * @param <T> the payload stored
 */
abstract class PendingRecords<T> {

  static final int FLUSH_AT = 500;
  static final long IDLE_MILLIS = 100;

  private static final Logger LOG = Logger.getLogger(PendingRecords.class);

  private final List<T> payloads = new ArrayList<>();
  private final List<Message<?>> records = new ArrayList<>();
  private long lastAdded;
  private ScheduledExecutorService idle;

  /** Stores the payloads in one transaction; throws when it rolled back. */
  protected abstract void store(List<T> batch);

  /** Called for each record once it is stored or on its way to the dead-letter topic. */
  protected void handled(Message<?> record) {}

  /** What the records are, for the log: "users", "accounts". */
  protected abstract String noun();

  @PostConstruct
  void startIdleFlush() {
    idle =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "pending-" + noun() + "-flush");
              thread.setDaemon(true);
              return thread;
            });
    idle.scheduleWithFixedDelay(this::flushIfIdle, IDLE_MILLIS, IDLE_MILLIS, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stopIdleFlush() {
    // What is still pending is not acknowledged, so Kafka delivers it again after a restart.
    if (idle != null) {
      idle.shutdownNow();
    }
  }

  /** Holds the payload (and its record, unacknowledged) until the next flush. */
  public synchronized void add(T payload, Message<?> record) {
    payloads.add(payload);
    records.add(record);
    lastAdded = System.nanoTime();
    if (payloads.size() >= FLUSH_AT) {
      flush();
    }
  }

  /**
   * Sends a record that cannot be stored (an unreadable one) to the dead-letter topic, after what
   * came before it is stored.
   */
  public synchronized CompletionStage<Void> reject(Message<?> record, Throwable reason) {
    flush();
    handled(record);
    return record.nack(reason);
  }

  /** Stores every pending payload, then acknowledges their records. */
  public synchronized void flush() {
    if (payloads.isEmpty()) {
      return;
    }
    List<T> batch = List.copyOf(payloads);
    List<Message<?>> batchRecords = List.copyOf(records);
    payloads.clear();
    records.clear();
    try {
      store(batch);
    } catch (RuntimeException e) {
      LOG.warnf(
          e, "%d %s could not be stored together; storing them one by one", batch.size(), noun());
      storeOneByOne(batch, batchRecords);
      return;
    }
    batchRecords.forEach(this::acknowledge);
  }

  private void storeOneByOne(List<T> batch, List<Message<?>> batchRecords) {
    for (int i = 0; i < batch.size(); i++) {
      Message<?> record = batchRecords.get(i);
      try {
        store(List.of(batch.get(i)));
      } catch (RuntimeException e) {
        handled(record);
        record.nack(e);
        continue;
      }
      acknowledge(record);
    }
  }

  private void acknowledge(Message<?> record) {
    handled(record);
    record.ack();
  }

  private synchronized void flushIfIdle() {
    try {
      if (!payloads.isEmpty()
          && System.nanoTime() - lastAdded >= TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS)) {
        flush();
      }
    } catch (RuntimeException e) {
      LOG.errorf(e, "pending %s could not be stored", noun());
    }
  }
}
