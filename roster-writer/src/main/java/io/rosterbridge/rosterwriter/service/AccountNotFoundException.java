package io.rosterbridge.rosterwriter.service;

/** No account with the given id exists. */
public class AccountNotFoundException extends RuntimeException {

  public AccountNotFoundException(String accountId) {
    super("no account " + accountId);
  }
}
