package io.rosterbridge.cleversim.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.support.SimClient;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** How another module's {@code @QuarkusTest} gets an embedded simulator: one annotation. */
@QuarkusTest
@WithTestResource(
    value = CleverSimTestResource.class,
    initArgs = {
      @ResourceArg(name = "users", value = "250"),
      @ResourceArg(name = "seed", value = "3"),
      @ResourceArg(name = "base-url-property", value = "test.clever.url")
    })
class CleverSimTestResourceTest {

  @InjectCleverSim CleverSimulator clever;

  @Test
  void theResourceStartsASimulatorAndPublishesItsCoordinates() {
    var config = ConfigProvider.getConfig();
    String url = config.getValue("test.clever.url", String.class);
    String token = config.getValue("cleversim.district-token", String.class);
    assertThat(url).isEqualTo(clever.baseUrl()).startsWith("http://127.0.0.1:");
    assertThat(config.getValue("cleversim.district-id", String.class))
        .isEqualTo(clever.districtId());
    var users = new SimClient(url).get("/v3.0/users?limit=1000", token);
    assertThat(users.status()).isEqualTo(200);
    assertThat(users.json().get("data")).hasSize(250);
  }
}
