package io.rosterbridge.cleverfetcher.service;

/** Where the fetcher has a district's token from. */
public enum ConnectionSource {
  /** A fixed token in {@code clever.district-tokens}. */
  CONFIGURED,
  /** Listed by Clever for the application's client credentials, stored encrypted. */
  DISCOVERED
}
