package io.rosterbridge.sso.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rosterbridge.cleversim.CleverSimulator;
import io.rosterbridge.cleversim.testing.InjectCleverSim;
import io.rosterbridge.events.account.AccountRoleType;
import io.rosterbridge.events.account.AccountStatus;
import io.rosterbridge.sso.SsoTestProfile;
import io.rosterbridge.sso.repository.LoginAccountRepository;
import io.rosterbridge.sso.rest.SignInCookies;
import io.rosterbridge.sso.service.LoginSettings;
import io.rosterbridge.sso.service.LoginSettingsService;
import io.rosterbridge.sso.support.LoginDriver;
import io.rosterbridge.sso.support.TestAccounts;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (run with {@code -Dbench=true}; it prints figures and asserts nothing about
 * time): how many Clever callbacks per second the service completes, each one a code exchange at
 * clever-sim, id_token verification, the login-index lookup and a signed session.
 */
@QuarkusTest
@TestProfile(SsoTestProfile.class)
class CleverCallbackBench {

  private static final int USERS = 20;
  private static final int LOGINS_PER_ROUND = 200;
  private static final int ROUNDS = 5;
  private static final int[] CONCURRENCY = {1, 4};

  @InjectCleverSim CleverSimulator clever;
  @Inject LoginAccountRepository repository;
  @Inject LoginSettingsService settings;

  @TestHTTPResource("/login/clever/callback")
  URI callback;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void cleverCallbacksPerSecond() throws Exception {
    List<String> users = rosteredUsers();
    round(users, 50, 4); // warm-up
    for (int threads : CONCURRENCY) {
      List<Double> rates = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        rates.add(round(users, LOGINS_PER_ROUND, threads));
      }
      rates.sort(Double::compare);
      System.out.printf(
          "bench: Clever callback, %d concurrent: %d rounds of %d logins, logins/s min %.0f,"
              + " median %.0f, max %.0f%n",
          threads,
          ROUNDS,
          LOGINS_PER_ROUND,
          rates.get(0),
          rates.get(rates.size() / 2),
          rates.get(rates.size() - 1));
    }
  }

  /** Opens the sign-ins and picks the users at clever-sim, then times only the callbacks. */
  private double round(List<String> users, int logins, int threads) throws Exception {
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < logins; i++) {
      LoginDriver browser = new LoginDriver();
      String authorize = browser.start(null).header("Location");
      answers.add(
          new Answer(
              LoginDriver.authorizeAs(authorize, users.get(i % users.size())),
              browser.cookies().value(SignInCookies.NAME)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long started = System.nanoTime();
      List<Future<Integer>> statuses = new ArrayList<>();
      for (Answer answer : answers) {
        statuses.add(pool.submit(() -> deliver(answer)));
      }
      int signedIn = 0;
      for (Future<Integer> status : statuses) {
        signedIn += status.get() == 302 ? 1 : 0;
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      if (signedIn != logins) {
        throw new IllegalStateException(signedIn + " of " + logins + " callbacks signed in");
      }
      return logins / seconds;
    } finally {
      pool.shutdown();
    }
  }

  private int deliver(Answer answer) throws Exception {
    URI uri = URI.create(callback + "?" + answer.cleverRedirect().getRawQuery());
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Cookie", SignInCookies.NAME + "=" + answer.binding())
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Clever's answer to one sign-in and the cookie of the browser that started it. */
  private record Answer(URI cleverRedirect, String binding) {}

  private List<String> rosteredUsers() {
    settings.put(
        clever.districtId(), new LoginSettings(true, false, List.of(), false, null, false));
    TestAccounts accounts = new TestAccounts(clever, repository);
    List<String> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      String cleverId = accounts.cleverUser(i % 5 == 0 ? "teacher" : "student", null);
      accounts.publish(
          accounts.account(
              cleverId,
              i % 5 == 0 ? AccountRoleType.TEACHER : AccountRoleType.STUDENT,
              AccountStatus.ACTIVE));
      users.add(cleverId);
    }
    return users;
  }
}
