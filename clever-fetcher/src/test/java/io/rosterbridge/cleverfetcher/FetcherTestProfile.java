package io.rosterbridge.cleverfetcher;

import io.rosterbridge.cleverfetcher.support.TestDistricts;
import io.rosterbridge.cleversim.testing.CleverSimTestResource;
import io.rosterbridge.testsupport.InfrastructureProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real Kafka, the fetcher's own test database and an in-JVM clever-sim for every test of this
 * module (one application start). Retries and waits are short so that fault tests stay quick.
 */
public class FetcherTestProfile extends InfrastructureProfile {

  @Override
  protected String database() {
    return "rosterbridge_fetcher_test";
  }

  @Override
  public List<TestResourceEntry> testResources() {
    List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
    resources.add(
        new TestResourceEntry(
            CleverSimTestResource.class,
            Map.of("base-url-property", "clever.api-url", "users", "100", "seed", "1")));
    return resources;
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>();
    config.put("clever.oauth-url", "${clever.api-url}");
    config.put("clever.client-id", "clever-sim-client");
    config.put("clever.client-secret", "clever-sim-secret");
    config.put("clever.page-size", Integer.toString(TestDistricts.DEFAULT_PAGE_SIZE));
    TestDistricts.pageSizes()
        .forEach((id, size) -> config.put("clever.page-size-overrides." + id, size.toString()));
    config.put("clever.max-pages", Integer.toString(TestDistricts.MAX_PAGES));
    config.put("clever.request-timeout", "5s");
    config.put("clever.retry.max-retries", "3");
    config.put("clever.retry.initial-delay", "20ms");
    config.put("clever.retry.max-delay", "100ms");
    config.put("clever.retry.jitter", "10ms");
    config.put("clever.rate-limit.max-retries", "3");
    config.put("clever.rate-limit.max-wait", "100ms");
    config.put("fetcher.progress-interval", "100ms");
    return config;
  }
}
