package io.rosterbridge.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * A test profile giving a service real Kafka and its own PostgreSQL database. Each service module's
 * tests share one subclass, so Quarkus starts the application once for all of them.
 */
public abstract class InfrastructureProfile implements QuarkusTestProfile {

  /** The name of the service's test database. */
  protected abstract String database();

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(
        new TestResourceEntry(KafkaTestResource.class),
        new TestResourceEntry(
            PostgresTestResource.class, Map.of(PostgresTestResource.DATABASE, database())));
  }
}
