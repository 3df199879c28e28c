package io.rosterbridge.cleversim.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.model.ApiException;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.rest.ApiRequest;
import io.rosterbridge.cleversim.rest.SimResponse;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.service.DistrictRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code /oauth/authorize} (Log in with Clever: back to the given redirect URI with code and state)
 * and {@code /oauth/instant-login} (portal launch: to the first redirect URI, code only). Without
 * {@code login_as} both show the log-in page; with it they redirect at once.
 */
public final class LoginFlow {

  private final SimConfig config;
  private final DistrictRegistry registry;
  private final SignIn signIn;
  private final Clock clock;

  /** The flow over the registry's districts. */
  public LoginFlow(SimConfig config, DistrictRegistry registry, SignIn signIn) {
    this.config = config;
    this.registry = registry;
    this.signIn = signIn;
    this.clock = config.clock();
  }

  /** {@code GET /oauth/authorize}. */
  public SimResponse authorize(ApiRequest request) {
    if (!config.clientId().equals(request.param("client_id"))) {
      return LoginPage.error(400, "unknown client_id");
    }
    String responseType = request.param("response_type");
    if (responseType != null && !"code".equals(responseType)) {
      return LoginPage.error(400, "response_type must be code");
    }
    String redirect = request.param("redirect_uri");
    if (redirect == null) {
      redirect = config.redirectUris().get(0);
    } else if (!config.redirectUris().contains(redirect)) {
      return LoginPage.error(
          400, "redirect_uri is not registered for this application: " + redirect);
    }
    return login(request, redirect, request.param("state"), request.param("nonce"));
  }

  /** {@code GET /oauth/instant-login}. */
  public SimResponse instantLogin(ApiRequest request) {
    if (!config.clientId().equals(request.param("client_id"))) {
      return LoginPage.error(400, "unknown client_id");
    }
    return login(request, config.redirectUris().get(0), null, null);
  }

  private SimResponse login(ApiRequest request, String redirect, String state, String nonce) {
    Optional<District> picked = district(request.param("district_id"));
    if (picked.isEmpty()) {
      List<District> all = registry.all();
      return request.param("district_id") == null && !all.isEmpty()
          ? LoginPage.districts(request, all)
          : LoginPage.error(400, "unknown district_id");
    }
    String userId = request.param("login_as");
    if (userId == null || userId.isBlank()) {
      return LoginPage.users(request, picked.get());
    }
    try {
      String code =
          issueCode(picked.get(), userId.trim(), request.param("login_role"), redirect, nonce);
      String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code;
      return SimResponse.redirect(
          state == null ? location : location + "&state=" + Html.encode(state));
    } catch (ApiException e) {
      return LoginPage.error(400, e.getMessage());
    }
  }

  private String issueCode(
      District district, String userId, String role, String redirect, String nonce) {
    ObjectNode user =
        district
            .read(() -> district.collection(RecordType.USERS).get(userId))
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "no such user in district " + district.id() + ": " + userId));
    String loginRole = Identity.loginRole(user, role);
    return signIn
        .codes()
        .issue(new CodeGrant(district.id(), userId, loginRole, redirect, nonce, clock.instant()));
  }

  private Optional<District> district(String districtId) {
    if (districtId != null) {
      return registry.all().stream().filter(d -> d.id().equals(districtId)).findFirst();
    }
    List<District> all = registry.all();
    return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
  }
}
