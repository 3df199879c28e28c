package io.rosterbridge.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The module's infrastructure for a real browser: the service listens on a fixed free port that
 * clever-sim sends the browser back to, the application URL is the service's own {@code /me}, and
 * Google and Microsoft are left unconfigured, as in a deployment that has not set them up.
 */
public class BrowserTestProfile extends SsoTestProfile {

  private static final int PORT = freePort();

  /** The service as the browser reaches it. */
  public static String baseUrl() {
    return "http://localhost:" + PORT;
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> overrides = super.getConfigOverrides();
    overrides.put("quarkus.http.test-port", Integer.toString(PORT));
    return overrides;
  }

  @Override
  protected String redirectUri() {
    return baseUrl() + "/login/clever/callback";
  }

  @Override
  protected String applicationUrl() {
    return baseUrl() + "/me";
  }

  @Override
  protected String publicUrl() {
    return baseUrl();
  }

  @Override
  protected boolean withOpenIdProvider() {
    return false;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
