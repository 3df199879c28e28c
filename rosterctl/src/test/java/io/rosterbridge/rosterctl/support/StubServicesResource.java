package io.rosterbridge.rosterctl.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points rosterctl's writer, fetcher and sso-service URLs at the {@link StubServer}. */
public class StubServicesResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    String base = StubServer.get().baseUrl();
    return Map.of(
        "rosterctl.writer-url",
        base + "/writer",
        "rosterctl.fetcher-url",
        base + "/fetcher",
        "rosterctl.sso-url",
        base + "/sso");
  }

  @Override
  public void stop() {
    StubServer.stop();
  }
}
