package io.rosterbridge.usermatcher.messaging;

import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.usermatcher.service.RunLedger;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Users read from {@code clever.records}, buffered into their runs in batches. The consumer stores
 * what is pending before it handles any other record of the run, so a run is never resolved without
 * a user it was sent.
 */
@ApplicationScoped
public class PendingUsers extends PendingRecords<UserFetched> {

  private final RunLedger ledger;

  public PendingUsers(RunLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  protected void store(List<UserFetched> batch) {
    ledger.bufferAll(batch);
  }

  @Override
  protected String noun() {
    return "users";
  }
}
