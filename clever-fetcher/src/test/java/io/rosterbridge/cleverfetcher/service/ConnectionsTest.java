package io.rosterbridge.cleverfetcher.service;

import static io.rosterbridge.cleverfetcher.support.RunAssertions.assertComplete;
import static io.rosterbridge.cleverfetcher.support.RunAssertions.assertFailed;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleverfetcher.FetcherTestProfile;
import io.rosterbridge.cleverfetcher.entity.DistrictConnection;
import io.rosterbridge.cleverfetcher.repository.ConnectionRepository;
import io.rosterbridge.cleverfetcher.support.Commands;
import io.rosterbridge.cleverfetcher.support.RunMessages;
import io.rosterbridge.cleverfetcher.support.TestDistricts;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.SyncMode;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** District tokens: discovered, stored encrypted, looked up again when Clever refuses them. */
@QuarkusTest
@TestProfile(FetcherTestProfile.class)
class ConnectionsTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @InjectCleverSim CleverSimulator clever;
  @Inject ConnectionRepository connections;
  @Inject TokenCipher cipher;

  @Test
  void theTokenIsStoredEncryptedAndARotatedOneIsLookedUpAgain() {
    District district = TestDistricts.fresh(clever, 100);
    String first = district.token().accessToken();
    assertComplete(run(district, 1).get(0), district);
    byte[] stored = storedToken(district.id());
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(first);
    assertThat(cipher.decrypt(district.id(), stored)).isEqualTo(first);

    String rotated = clever.districts().rotate(district.id()).accessToken();

    assertComplete(run(district, 2).get(1), district);
    assertThat(cipher.decrypt(district.id(), storedToken(district.id()))).isEqualTo(rotated);
  }

  @Test
  void aStoredTokenThatCannotBeDecryptedIsLookedUpAgain() {
    District district = TestDistricts.fresh(clever, 100);
    assertComplete(run(district, 1).get(0), district);
    // What a token stored under another key looks like to this one: the tag does not match.
    byte[] unreadable = storedToken(district.id());
    unreadable[unreadable.length - 1] ^= 1;
    replaceStoredToken(district.id(), unreadable);

    assertComplete(run(district, 2).get(1), district);
    assertThat(cipher.decrypt(district.id(), storedToken(district.id())))
        .isEqualTo(district.token().accessToken());
  }

  @Test
  void aDistrictThatDisconnectedEndsItsRunAsDisconnected() {
    District district = TestDistricts.fresh(clever, 100);
    assertComplete(run(district, 1).get(0), district);

    clever.districts().disconnect(district.id());

    assertFailed(
        run(district, 2).get(1),
        RunFailureReason.DISTRICT_DISCONNECTED,
        "district " + district.id() + " is no longer connected: Clever has no token");
    assertThat(QuarkusTransaction.requiringNew().call(() -> connections.findById(district.id())))
        .isNull();
  }

  @Test
  void aDistrictNeverConnectedEndsItsRunAsDisconnected() {
    // An id of this JVM's own, so that runs an earlier test JVM left on the broker are not read.
    String neverConnected = String.format("5f%022x", TestDistricts.nextSeed());
    Commands.request(neverConnected, SyncMode.FULL);
    List<CleverRecordsMessage> run = RunMessages.awaitRuns(neverConnected, 1, WAIT);
    assertFailed(
        run,
        RunFailureReason.DISTRICT_DISCONNECTED,
        "district " + neverConnected + " is not connected: Clever has no token");
  }

  private byte[] storedToken(String districtId) {
    DistrictConnection connection =
        QuarkusTransaction.requiringNew().call(() -> connections.findById(districtId));
    return connection.token;
  }

  private void replaceStoredToken(String districtId, byte[] token) {
    QuarkusTransaction.requiringNew().run(() -> connections.findById(districtId).token = token);
  }

  /** Requests a full read and returns the messages of each run so far, oldest first. */
  private static List<List<CleverRecordsMessage>> run(District district, int runs) {
    Commands.request(district.id(), SyncMode.FULL);
    return RunMessages.byRun(RunMessages.awaitRuns(district.id(), runs, WAIT));
  }
}
