package io.rosterbridge.cleverfetcher;

import io.rosterbridge.testsupport.InfrastructureProfile;

/** Real Kafka and the fetcher's own test database for every test of this module. */
public class FetcherTestProfile extends InfrastructureProfile {

  @Override
  protected String database() {
    return "rosterbridge_fetcher_test";
  }
}
