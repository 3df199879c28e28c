package io.rosterbridge.usermatcher.messaging;

import io.rosterbridge.events.account.AccountChanged;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads the writer's accounts from {@code roster.accounts} into the identity index, in batches
 * ({@link PendingAccounts}); unreadable ones go to its dead-letter topic.
 */
@ApplicationScoped
public class AccountsConsumer {

  /** Channel of {@code roster.accounts} (mapped in application.properties). */
  public static final String CHANNEL = "roster-accounts";

  private static final CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);

  private final PendingAccounts pending;

  public AccountsConsumer(PendingAccounts pending) {
    this.pending = pending;
  }

  @Incoming(CHANNEL)
  @Blocking
  public CompletionStage<Void> onAccountChanged(Message<AccountChanged> record) {
    AccountChanged account = record.getPayload();
    if (account == null) {
      return pending.reject(
          record, new IllegalArgumentException("a record of roster.accounts could not be read"));
    }
    pending.add(account, record);
    return DONE;
  }
}
