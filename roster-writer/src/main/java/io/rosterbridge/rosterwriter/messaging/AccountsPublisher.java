package io.rosterbridge.rosterwriter.messaging;

import io.rosterbridge.events.account.AccountChanged;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Writes account states to {@code roster.accounts} (compacted), keyed by account id. */
@ApplicationScoped
public class AccountsPublisher {

  /** Channel of {@code roster.accounts} (mapped in application.properties). */
  public static final String CHANNEL = "accounts";

  private final Emitter<AccountChanged> emitter;

  public AccountsPublisher(
      @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
          Emitter<AccountChanged> emitter) {
    this.emitter = emitter;
  }

  /** Sends the accounts and returns once the broker acknowledged all of them. */
  public void publish(List<AccountChanged> accounts, Duration timeout) {
    KeyedSends.await(
        accounts.stream().map(a -> KeyedSends.send(emitter, a.accountId(), a)).toList(), timeout);
  }
}
