package io.rosterbridge.rosterctl.client;

import io.rosterbridge.events.serde.EventJson;
import io.rosterbridge.rosterctl.CtlException;
import io.rosterbridge.rosterctl.config.CtlConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;

/** The sso-service admin API: a district's sign-in settings. */
@ApplicationScoped
public class SsoClient {

  /**
   * A district's sign-in settings, as sso-service shows and takes them.
   *
   * @param cleverEnabled "Log in with Clever" on
   * @param googleEnabled Google sign-in on
   * @param googleDomains the Google domains the district allows
   * @param microsoftEnabled Microsoft sign-in on
   * @param microsoftTenant the district's Microsoft tenant id
   * @param compareLocalPart compare only the part of the login name before {@code @}
   */
  public record LoginSettings(
      boolean cleverEnabled,
      boolean googleEnabled,
      List<String> googleDomains,
      boolean microsoftEnabled,
      String microsoftTenant,
      boolean compareLocalPart) {}

  private final Http http;
  private final Credentials credentials;
  private final Service service;

  public SsoClient(Http http, Credentials credentials, CtlConfig config) {
    this.http = http;
    this.credentials = credentials;
    this.service = new Service("sso-service", config.ssoUrl(), "ROSTERCTL_SSO_URL");
  }

  /** {@code GET /admin/districts/D/login-settings}. */
  public LoginSettings get(String districtId, String requester) {
    HttpAnswer answer = http.get(service, path(districtId), bearer(requester));
    return checked(answer).json(LoginSettings.class);
  }

  /** {@code PUT /admin/districts/D/login-settings}; returns what the service stored. */
  public LoginSettings put(String districtId, LoginSettings settings, String requester) {
    byte[] body;
    try {
      body = EventJson.mapper().writeValueAsBytes(settings);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    HttpAnswer answer = http.putJson(service, path(districtId), body, bearer(requester));
    // 400: a value it cannot store; 409: a domain or tenant another district has.
    if (answer.status() == 400 || answer.status() == 409) {
      throw new CtlException("the sso-service refused the settings: " + reason(answer));
    }
    return checked(answer).json(LoginSettings.class);
  }

  /** sso-service's {@code {"error": …}}, else the answer's first line. */
  private static String reason(HttpAnswer answer) {
    try {
      Object error = answer.json(java.util.Map.class).get("error");
      return error == null ? answer.problem() : error.toString();
    } catch (CtlException notJson) {
      return answer.problem();
    }
  }

  private java.util.Optional<String> bearer(String requester) {
    return java.util.Optional.of(credentials.bearer(service.name(), requester));
  }

  private HttpAnswer checked(HttpAnswer answer) {
    if (answer.status() == 401 || answer.status() == 403) {
      throw new CtlException(credentials.refused(service.name(), answer.status()));
    }
    if (!answer.ok()) {
      throw answer.unexpected();
    }
    return answer;
  }

  private static String path(String districtId) {
    return "/admin/districts/" + PathSegments.encode(districtId) + "/login-settings";
  }
}
