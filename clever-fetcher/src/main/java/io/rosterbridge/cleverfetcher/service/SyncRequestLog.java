package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.entity.SyncRequest;
import io.rosterbridge.cleverfetcher.repository.SyncRequestRepository;
import io.rosterbridge.events.sync.SyncMode;
import io.rosterbridge.events.sync.SyncRequested;
import io.rosterbridge.events.sync.SyncTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Records each sync command once, whatever the number of times Kafka delivers it. */
@ApplicationScoped
public class SyncRequestLog {

  private static final Logger LOG = Logger.getLogger(SyncRequestLog.class);

  private final SyncRequestRepository requests;
  private final Clock clock;

  public SyncRequestLog(SyncRequestRepository requests) {
    this.requests = requests;
    this.clock = Clock.systemUTC();
  }

  /** Whether the command was received before. */
  @Transactional
  public boolean seen(String commandId) {
    return requests.findById(commandId) != null;
  }

  /** Stores the command unless it was seen before; returns whether it was new. */
  @Transactional
  public boolean record(SyncRequested command) {
    if (requests.findById(command.commandId()) != null) {
      LOG.debugf("sync command %s was already received", command.commandId());
      return false;
    }
    requests.persist(toEntity(command));
    return true;
  }

  private SyncRequest toEntity(SyncRequested command) {
    SyncRequest request = new SyncRequest();
    request.commandId = command.commandId();
    request.districtId = command.districtId();
    request.trigger = command.trigger() == null ? SyncTrigger.MANUAL : command.trigger();
    request.mode = command.mode() == null ? SyncMode.FULL : command.mode();
    request.requestedBy = command.requestedBy() == null ? "unknown" : command.requestedBy();
    request.requestedAt =
        command.requestedAt() == null ? Instant.now(clock) : command.requestedAt();
    request.receivedAt = Instant.now(clock);
    return request;
  }
}
