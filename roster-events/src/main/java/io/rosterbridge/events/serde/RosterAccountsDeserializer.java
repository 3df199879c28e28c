package io.rosterbridge.events.serde;

import io.rosterbridge.events.account.AccountChanged;

/** Reads messages of {@code roster.accounts}. */
public class RosterAccountsDeserializer extends RosterEventDeserializer<AccountChanged> {

  public RosterAccountsDeserializer() {
    super(AccountChanged.class);
  }
}
