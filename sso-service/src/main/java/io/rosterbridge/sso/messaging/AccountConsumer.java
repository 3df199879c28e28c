package io.rosterbridge.sso.messaging;

import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.sso.service.LoginIndex;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code roster.accounts} into the login index; unreadable records go to its dead-letter
 * topic.
 */
@ApplicationScoped
public class AccountConsumer {

  /** Channel of {@code roster.accounts} (mapped in application.properties). */
  public static final String CHANNEL = "roster-accounts";

  private final LoginIndex index;

  public AccountConsumer(LoginIndex index) {
    this.index = index;
  }

  @Incoming(CHANNEL)
  @Blocking
  public void onAccountChanged(AccountChanged account) {
    index.apply(account);
  }
}
