package io.rosterbridge.rosterctl.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.rosterbridge.testsupport.KafkaTestResource;
import java.util.List;
import java.util.Map;

/**
 * rosterctl against the real Kafka broker of test-support and the {@link StubServer}, with an
 * operator token given as ROSTERCTL_TOKEN would give it.
 */
public class CtlTestProfile implements QuarkusTestProfile {

  /** The token rosterctl sends in this profile. */
  public static final String TOKEN = "operator-test-token";

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(
        new TestResourceEntry(KafkaTestResource.class),
        new TestResourceEntry(StubServicesResource.class));
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "rosterctl.token", TOKEN,
        "rosterctl.kafka.timeout", "10s",
        "rosterctl.http-timeout", "5s");
  }
}
