package io.rosterbridge.usermatcher.messaging;

import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.usermatcher.service.AccountFeed;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the writer's accounts from {@code roster.accounts} into the identity index; unreadable ones
 * go to its dead-letter topic.
 */
@ApplicationScoped
public class AccountsConsumer {

  /** Channel of {@code roster.accounts} (mapped in application.properties). */
  public static final String CHANNEL = "roster-accounts";

  private final AccountFeed feed;

  public AccountsConsumer(AccountFeed feed) {
    this.feed = feed;
  }

  @Incoming(CHANNEL)
  @Blocking
  public void onAccountChanged(AccountChanged account) {
    feed.accept(account);
  }
}
