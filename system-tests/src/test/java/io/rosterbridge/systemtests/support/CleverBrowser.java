package io.rosterbridge.systemtests.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rosterbridge.systemtests.support.CleverSim.District;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * "Log in with Clever" as a browser does it: sso-service's start page, clever-sim's sign-in page
 * (choosing the user), the callback, then the application's {@code /me} with the session cookie.
 */
public final class CleverBrowser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String ssoUrl;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public CleverBrowser(String ssoUrl) {
    this.ssoUrl = ssoUrl;
  }

  /** Signs in as the Clever user; returns what {@code /me} says of the session. */
  public JsonNode signIn(District district, JsonNode user) {
    String authorize = redirect(ssoUrl + "/login/clever?district=" + district.id());
    String callback = redirect(authorize + "&login_as=" + user.path("id").asText());
    String application = redirect(callback);
    if (!application.startsWith(ssoUrl + "/me")) {
      throw new AssertionError("the sign-in ended at " + application + ", not the application");
    }
    HttpResponse<String> me = get(ssoUrl + "/me");
    if (me.statusCode() != 200) {
      throw new AssertionError("/me answered " + me.statusCode() + ": " + me.body());
    }
    try {
      return JSON.readTree(me.body());
    } catch (IOException e) {
      throw new AssertionError("/me answered no JSON: " + me.body(), e);
    }
  }

  private String redirect(String url) {
    HttpResponse<String> response = get(url);
    String location = response.headers().firstValue("Location").orElse(null);
    if (response.statusCode() / 100 != 3 || location == null) {
      throw new AssertionError(
          url + " answered " + response.statusCode() + " without a redirect: " + response.body());
    }
    return URI.create(url).resolve(location).toString();
  }

  private HttpResponse<String> get(String url) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
