package io.rosterbridge.rosterctl.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.rosterctl.support.Ctl;
import io.rosterbridge.rosterctl.support.CtlResult;
import io.rosterbridge.rosterctl.support.CtlTestProfile;
import io.rosterbridge.rosterctl.support.StubServer;
import io.rosterbridge.rosterctl.support.StubServer.Request;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code import-admins} and {@code login-settings} prepare only a district clever-fetcher lists as
 * connected in Clever, unless told {@code --allow-unconnected}.
 */
@QuarkusTest
@TestProfile(CtlTestProfile.class)
class ConnectedDistrictTest {

  private static final String CONNECTIONS =
      "[{\"districtId\":\"d-a\",\"connection\":\"CONNECTED\",\"source\":\"DISCOVERED\"},"
          + "{\"districtId\":\"d-gone\",\"connection\":\"DISCONNECTED\"}]";
  private static final String SETTINGS_OFF =
      "{\"cleverEnabled\":false,\"googleEnabled\":false,\"googleDomains\":[],"
          + "\"microsoftEnabled\":false,\"microsoftTenant\":null,\"compareLocalPart\":false}";

  @Inject Instance<CommandLine> commandLines;

  private final StubServer stub = StubServer.get();

  @BeforeEach
  void reset() {
    stub.reset();
    stub.json("GET", "/fetcher/districts", 200, CONNECTIONS);
    stub.json("GET", "/fetcher/districts?refresh=true", 200, CONNECTIONS);
  }

  @Test
  void importAdminsRefusesADistrictCleverHasNotConnected(@TempDir Path dir) throws Exception {
    Path csv = csv(dir);
    for (String district : new String[] {"nosuchdistrict", "d-gone"}) {
      reset();

      CtlResult result = run("import-admins", "--district", district, csv.toString());

      assertThat(result.exitCode()).as(district).isEqualTo(1);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).isEqualTo(notConnected(district));
      assertThat(stub.requests())
          .extracting(Request::path)
          .containsExactly("/fetcher/districts", "/fetcher/districts?refresh=true");
    }
  }

  @Test
  void loginSettingsRefusesADistrictCleverHasNotConnected() {
    CtlResult change = run("login-settings", "--district", "nosuch", "--clever", "on");
    CtlResult show = run("login-settings", "--district", "nosuch");

    assertThat(change.exitCode()).isEqualTo(1);
    assertThat(change.out()).isEmpty();
    assertThat(change.err()).isEqualTo(notConnected("nosuch"));
    assertThat(show.exitCode()).isEqualTo(1);
    assertThat(show.err()).isEqualTo(notConnected("nosuch"));
    assertThat(stub.requests())
        .extracting(Request::path)
        .containsExactly(
            "/fetcher/districts",
            "/fetcher/districts?refresh=true",
            "/fetcher/districts",
            "/fetcher/districts?refresh=true");
  }

  @Test
  void aDistrictCleverHasJustConnectedIsFoundByAskingCleverAfresh(@TempDir Path dir)
      throws Exception {
    Path csv = csv(dir);
    stub.json(
        "GET",
        "/fetcher/districts?refresh=true",
        200,
        "[{\"districtId\":\"d-new\",\"connection\":\"CONNECTED\",\"source\":\"DISCOVERED\"}]");
    stub.json(
        "POST",
        "/writer/districts/d-new/imports/admins",
        200,
        "{\"created\":1,\"updated\":0,\"unchanged\":0,\"accountIds\":[\"acc-1\"]}");

    CtlResult result = run("import-admins", "--district", "d-new", csv.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo("imported " + csv + " into district d-new: 1 created, 0 updated, 0 unchanged\n");
    assertThat(stub.requests())
        .extracting(Request::path)
        .containsExactly(
            "/fetcher/districts",
            "/fetcher/districts?refresh=true",
            "/writer/districts/d-new/imports/admins");
  }

  @Test
  void cleverNotAnsweringTheFetcherRefusesTheCommand() {
    stub.json(
        "GET",
        "/fetcher/districts?refresh=true",
        502,
        "{\"message\":\"Clever did not list the connected districts\"}");

    CtlResult result = run("login-settings", "--district", "d-new");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: cannot check that district d-new is connected in Clever: the"
                + " clever-fetcher answered 502 to GET /districts?refresh=true: Clever did not list"
                + " the connected districts (or give --allow-unconnected to skip the check)\n");
  }

  @Test
  void aConnectedDistrictIsImportedInto(@TempDir Path dir) throws Exception {
    Path csv = csv(dir);
    stub.json(
        "POST",
        "/writer/districts/d-a/imports/admins",
        200,
        "{\"created\":1,\"updated\":0,\"unchanged\":0,\"accountIds\":[\"acc-1\"]}");

    CtlResult result = run("import-admins", "--district", "d-a", csv.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo("imported " + csv + " into district d-a: 1 created, 0 updated, 0 unchanged\n");
  }

  @Test
  void allowUnconnectedPreparesADistrictWithoutAskingTheFetcher(@TempDir Path dir)
      throws Exception {
    Path csv = csv(dir);
    stub.json(
        "POST",
        "/writer/districts/d-new/imports/admins",
        200,
        "{\"created\":1,\"updated\":0,\"unchanged\":0,\"accountIds\":[\"acc-1\"]}");
    stub.json("GET", "/sso/admin/districts/d-new/login-settings", 200, SETTINGS_OFF);

    CtlResult imported =
        run("import-admins", "--district", "d-new", "--allow-unconnected", csv.toString());
    CtlResult shown = run("login-settings", "--district", "d-new", "--allow-unconnected");

    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out())
        .isEqualTo("imported " + csv + " into district d-new: 1 created, 0 updated, 0 unchanged\n");
    assertThat(shown.exitCode()).isZero();
    assertThat(shown.out()).startsWith("  Log in with Clever  off\n");
    assertThat(stub.requests())
        .extracting(Request::method, Request::path)
        .containsExactly(
            tuple("POST", "/writer/districts/d-new/imports/admins"),
            tuple("GET", "/sso/admin/districts/d-new/login-settings"));
  }

  @Test
  void aFetcherThatCannotAnswerRefusesTheCommand() {
    stub.json("GET", "/fetcher/districts", 500, "{\"message\":\"database unavailable\"}");

    CtlResult result = run("login-settings", "--district", "d-a", "--clever", "on");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "rosterctl: cannot check that district d-a is connected in Clever: the clever-fetcher"
                + " answered 500 to GET /districts: database unavailable (or give"
                + " --allow-unconnected to skip the check)\n");
  }

  static String notConnected(String district) {
    return "rosterctl: district "
        + district
        + " is not connected in Clever, even after clever-fetcher asked Clever afresh (rosterctl"
        + " districts lists the connected ones); check the id, or give --allow-unconnected to"
        + " prepare a district Clever has not connected yet\n";
  }

  private static Path csv(Path dir) throws Exception {
    Path csv = dir.resolve("admins.csv");
    Files.writeString(csv, "username,role\nold.timer,legacy\n");
    return csv;
  }

  private CtlResult run(String... args) {
    return Ctl.run(commandLines.get(), args);
  }
}
