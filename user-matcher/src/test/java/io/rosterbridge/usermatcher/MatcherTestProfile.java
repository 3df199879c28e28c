package io.rosterbridge.usermatcher;

import io.rosterbridge.testsupport.InfrastructureProfile;

/** Real Kafka and the user-matcher's own test database for every test of this module. */
public class MatcherTestProfile extends InfrastructureProfile {

  @Override
  protected String database() {
    return "rosterbridge_matcher_test";
  }
}
