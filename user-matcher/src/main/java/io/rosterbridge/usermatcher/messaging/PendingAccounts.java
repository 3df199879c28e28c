package io.rosterbridge.usermatcher.messaging;

import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.usermatcher.service.AccountFeed;
import io.rosterbridge.usermatcher.service.AccountsCatchUp;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Accounts read from {@code roster.accounts}, applied to the identity index in batches. Each record
 * stored (or dead-lettered) is reported to {@link AccountsCatchUp}, which keeps runs from being
 * resolved against an index that has not yet read it.
 */
@ApplicationScoped
public class PendingAccounts extends PendingRecords<AccountChanged> {

  private final AccountFeed feed;
  private final AccountsCatchUp catchUp;

  public PendingAccounts(AccountFeed feed, AccountsCatchUp catchUp) {
    this.feed = feed;
    this.catchUp = catchUp;
  }

  @Override
  protected void store(List<AccountChanged> batch) {
    feed.acceptAll(batch);
  }

  @Override
  protected void handled(Message<?> record) {
    record
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .ifPresent(m -> catchUp.handled(m.getPartition(), m.getOffset()));
  }

  @Override
  protected String noun() {
    return "accounts";
  }
}
