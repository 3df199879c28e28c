package io.rosterbridge.usermatcher.messaging;

import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.usermatcher.service.AccountFeed;
import io.rosterbridge.usermatcher.service.AccountsCatchUp;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the writer's accounts from {@code roster.accounts} into the identity index; unreadable ones
 * go to its dead-letter topic. Each record handled is reported to {@link AccountsCatchUp}, which
 * keeps runs from being resolved against an index that has not yet read it.
 */
@ApplicationScoped
public class AccountsConsumer {

  /** Channel of {@code roster.accounts} (mapped in application.properties). */
  public static final String CHANNEL = "roster-accounts";

  private final AccountFeed feed;
  private final AccountsCatchUp catchUp;

  public AccountsConsumer(AccountFeed feed, AccountsCatchUp catchUp) {
    this.feed = feed;
    this.catchUp = catchUp;
  }

  @Incoming(CHANNEL)
  @Blocking
  public void onAccountChanged(
      AccountChanged account, IncomingKafkaRecordMetadata<String, AccountChanged> metadata) {
    try {
      feed.accept(account);
    } finally {
      // Applied, stale, or on its way to the dead-letter topic: either way the index is done with
      // it.
      if (metadata != null) {
        catchUp.handled(metadata.getPartition(), metadata.getOffset());
      }
    }
  }
}
