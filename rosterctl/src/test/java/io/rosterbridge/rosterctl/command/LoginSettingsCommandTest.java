package io.rosterbridge.rosterctl.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.events.serde.EventJson;
import io.rosterbridge.rosterctl.support.Ctl;
import io.rosterbridge.rosterctl.support.CtlResult;
import io.rosterbridge.rosterctl.support.CtlTestProfile;
import io.rosterbridge.rosterctl.support.StubServer;
import io.rosterbridge.rosterctl.support.StubServer.Request;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code login-settings} against the {@link StubServer} answering as sso-service would; the real
 * service is exercised end to end by system-tests.
 */
@QuarkusTest
@TestProfile(CtlTestProfile.class)
class LoginSettingsCommandTest {

  private static final String PATH = "/sso/admin/districts/d-1/login-settings";
  private static final String ALL_OFF =
      "{\"cleverEnabled\":false,\"googleEnabled\":false,\"googleDomains\":[],"
          + "\"microsoftEnabled\":false,\"microsoftTenant\":null,\"compareLocalPart\":false}";

  @Inject Instance<CommandLine> commandLines;

  private final StubServer stub = StubServer.get();

  @BeforeEach
  void reset() {
    stub.reset();
    stub.json(
        "GET",
        "/fetcher/districts",
        200,
        "[{\"districtId\":\"d-1\",\"connection\":\"CONNECTED\"}]");
  }

  @Test
  void switchingCleverOnKeepsEveryOtherSettingAndPrintsWhatIsStored() throws Exception {
    String stored =
        "{\"cleverEnabled\":true,\"googleEnabled\":false,\"googleDomains\":[],"
            + "\"microsoftEnabled\":false,\"microsoftTenant\":null,\"compareLocalPart\":false}";
    stub.json("GET", PATH, 200, ALL_OFF).json("PUT", PATH, 200, stored);

    CtlResult result = run("login-settings", "--district", "d-1", "--clever", "on");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "changed the sign-in settings of district d-1\n"
                + "  Log in with Clever  on\n"
                + "  Google              off\n"
                + "  Microsoft           off\n"
                + "  compare             the whole login name\n");
    List<Request> requests = stub.requests();
    assertThat(requests)
        .extracting(Request::method, Request::path)
        .containsExactly(
            tuple("GET", "/fetcher/districts"), tuple("GET", PATH), tuple("PUT", PATH));
    assertThat(requests.get(2).header("Authorization")).isEqualTo("Bearer " + CtlTestProfile.TOKEN);
    assertThat(EventJson.mapper().readTree(requests.get(2).body()))
        .isEqualTo(
            EventJson.mapper()
                .readTree(
                    "{\"cleverEnabled\":true,\"googleEnabled\":false,\"googleDomains\":[],"
                        + "\"microsoftEnabled\":false,\"compareLocalPart\":false}"));
  }

  @Test
  void withoutChangesItOnlyShowsTheSettings() {
    stub.json("GET", PATH, 200, ALL_OFF);

    CtlResult result = run("login-settings", "--district", "d-1");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("  Log in with Clever  off\n");
    assertThat(stub.requests())
        .extracting(Request::method, Request::path)
        .containsExactly(tuple("GET", "/fetcher/districts"), tuple("GET", PATH));
  }

  @Test
  void aRefusedValueIsOneLineWithTheServicesReason() {
    stub.json("GET", PATH, 200, ALL_OFF)
        .json("PUT", PATH, 400, "{\"error\":\"googleDomains: not a domain: x y\"}");

    CtlResult result = run("login-settings", "--district", "d-1", "--google-domains", "x y");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: the sso-service refused the settings: googleDomains: not a domain: x y\n");
  }

  @Test
  void aSwitchThatIsNeitherOnNorOffIsAUsageError() {
    CtlResult result = run("login-settings", "--district", "d-1", "--clever", "maybe");

    assertThat(result.exitCode()).isEqualTo(64);
    assertThat(result.err()).contains("expected on or off, got 'maybe'");
    assertThat(stub.requests()).isEmpty();
  }

  @Test
  void aDomainOrTenantAnotherDistrictHasIsOneLineWithTheServicesReason() {
    String tenant = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    stub.json("GET", PATH, 200, ALL_OFF)
        .json(
            "PUT",
            PATH,
            409,
            "{\"error\":\"the Microsoft tenant "
                + tenant
                + " is already used by another district\"}");

    CtlResult result = run("login-settings", "--district", "d-1", "--microsoft-tenant", tenant);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: the sso-service refused the settings: the Microsoft tenant "
                + tenant
                + " is already used by another district\n");
  }

  @Test
  void onlyOnAndOffSwitchInAnyCase() throws Exception {
    stub.json("GET", PATH, 200, ALL_OFF).json("PUT", PATH, 200, ALL_OFF);

    CtlResult upper = run("login-settings", "--district", "d-1", "--google", "ON");
    for (String value : new String[] {"yes", "true", "no", "1"}) {
      CtlResult result = run("login-settings", "--district", "d-1", "--clever", value);

      assertThat(result.exitCode()).as(value).isEqualTo(64);
      assertThat(result.out()).as(value).isEmpty();
      assertThat(result.err())
          .as(value)
          .startsWith(
              "rosterctl: Invalid value for option '--clever': expected on or off, got '"
                  + value
                  + "'\nUsage: rosterctl login-settings");
    }

    assertThat(upper.exitCode()).isZero();
    assertThat(EventJson.mapper().readTree(stub.requests().get(2).body()).get("googleEnabled"))
        .isEqualTo(EventJson.mapper().readTree("true"));
    assertThat(stub.requests()).hasSize(3);
  }

  @Test
  void aTenantIsAGuidOrNothing() throws Exception {
    String tenant = "6F1C2D3E-4A5B-4C6D-8E9F-0A1B2C3D4E5F";
    stub.json("GET", PATH, 200, ALL_OFF).json("PUT", PATH, 200, ALL_OFF);

    for (String value : new String[] {"x y", "contoso.onmicrosoft.com", "6f1c2d3e4a5b4c6d8e9f"}) {
      CtlResult result = run("login-settings", "--district", "d-1", "--microsoft-tenant", value);

      assertThat(result.exitCode()).as(value).isEqualTo(64);
      assertThat(result.out()).as(value).isEmpty();
      assertThat(result.err())
          .as(value)
          .startsWith(
              "rosterctl: Invalid value for option '--microsoft-tenant': '"
                  + value
                  + "' is not a Microsoft tenant id: give the tenant's GUID (Directory ID, e.g."
                  + " 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f), not its domain; '' removes it\n"
                  + "Usage: rosterctl login-settings");
    }
    assertThat(stub.requests()).isEmpty();

    CtlResult accepted =
        run("login-settings", "--district", "d-1", "--microsoft-tenant", " " + tenant + " ");

    assertThat(accepted.exitCode()).isZero();
    assertThat(EventJson.mapper().readTree(stub.requests().get(2).body()).get("microsoftTenant"))
        .isEqualTo(EventJson.mapper().readTree("\"" + tenant + "\""));
  }

  private CtlResult run(String... args) {
    return Ctl.run(commandLines.get(), args);
  }
}
