package io.rosterbridge.rosterwriter;

import io.rosterbridge.testsupport.InfrastructureProfile;

/** Real Kafka and the roster-writer's own test database for every test of this module. */
public class WriterTestProfile extends InfrastructureProfile {

  @Override
  protected String database() {
    return "rosterbridge_writer_test";
  }
}
