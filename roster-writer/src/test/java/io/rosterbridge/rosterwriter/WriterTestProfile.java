package io.rosterbridge.rosterwriter;

import io.rosterbridge.rosterwriter.fixtures.RosterDb;
import io.rosterbridge.testsupport.InfrastructureProfile;

/** Real Kafka and the roster-writer's own test database for every test of this module. */
public class WriterTestProfile extends InfrastructureProfile {

  @Override
  protected String database() {
    return RosterDb.DATABASE;
  }
}
