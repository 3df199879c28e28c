package io.rosterbridge.cleversim.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.SimConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts an embedded clever-sim for a {@code @QuarkusTest} of another module and hands its URL,
 * token and district id to the app under test as config properties.
 *
 * <p>Arguments (all optional): {@code users} (default 500) and {@code seed} (default 1) for a
 * generated district, or {@code dump-dir}; {@code client-id}, {@code client-secret}, {@code
 * redirect-uris} (comma separated), {@code rate-limit}; and the names of the properties to set:
 * {@code base-url-property} (default {@code cleversim.base-url}), {@code token-property} ({@code
 * cleversim.district-token}), {@code district-property} ({@code cleversim.district-id}).
 */
public class CleverSimTestResource implements QuarkusTestResourceLifecycleManager {

  private Map<String, String> args = Map.of();
  private CleverSimulator simulator;

  @Override
  public void init(Map<String, String> initArgs) {
    this.args = new HashMap<>(initArgs);
  }

  @Override
  public Map<String, String> start() {
    simulator = CleverSimulator.start(config());
    Map<String, String> properties = new HashMap<>();
    properties.put(arg("base-url-property", "cleversim.base-url"), simulator.baseUrl());
    properties.put(arg("token-property", "cleversim.district-token"), simulator.districtToken());
    properties.put(arg("district-property", "cleversim.district-id"), simulator.districtId());
    return properties;
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        simulator,
        new TestInjector.AnnotatedAndMatchesType(InjectCleverSim.class, CleverSimulator.class));
  }

  @Override
  public void stop() {
    if (simulator != null) {
      simulator.close();
    }
  }

  private SimConfig config() {
    SimConfig.Builder builder = SimConfig.builder();
    if (args.containsKey("dump-dir")) {
      builder.dump(Path.of(args.get("dump-dir")));
    } else {
      int users = Integer.parseInt(arg("users", "500"));
      builder.generate(GeneratorSpec.ofUsers(Long.parseLong(arg("seed", "1")), users));
    }
    if (args.containsKey("client-id")) {
      builder.client(args.get("client-id"), arg("client-secret", "clever-sim-secret"));
    }
    if (args.containsKey("redirect-uris")) {
      builder.redirectUris(Arrays.asList(args.get("redirect-uris").split(",")));
    }
    if (args.containsKey("rate-limit")) {
      builder.rateLimitPerMinute(Integer.parseInt(args.get("rate-limit")));
    }
    return builder.build();
  }

  private String arg(String name, String fallback) {
    return args.getOrDefault(name, fallback);
  }
}
