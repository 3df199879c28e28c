package io.rosterbridge.cleversim.oauth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.rest.ApiRequest;
import io.rosterbridge.cleversim.rest.Envelopes;
import io.rosterbridge.cleversim.rest.SimResponse;
import io.rosterbridge.cleversim.service.DistrictRegistry;
import io.rosterbridge.cleversim.service.DistrictToken;
import java.util.List;
import java.util.Map;

/** {@code /oauth/tokens}: GET lists district tokens, POST exchanges an authorization code. */
public final class TokenEndpoint {

  private final SimConfig config;
  private final DistrictRegistry registry;
  private final SignIn signIn;

  /** The endpoint over the registry's districts. */
  public TokenEndpoint(SimConfig config, DistrictRegistry registry, SignIn signIn) {
    this.config = config;
    this.registry = registry;
    this.signIn = signIn;
  }

  /** {@code GET /oauth/tokens?owner_type=district[&district=<id>]}. */
  public SimResponse list(ApiRequest request) {
    ClientAuth.require(request, Map.of(), config);
    if (!"district".equals(request.param("owner_type"))) {
      throw new OAuthException(400, "invalid_request", "owner_type=district is required");
    }
    String only = request.param("district");
    ObjectNode body = Json.object();
    ArrayNode data = body.putArray("data");
    for (DistrictToken token : registry.tokens()) {
      if (only == null || only.equals(token.districtId())) {
        data.add(tokenJson(token));
      }
    }
    body.putArray("links").add(Envelopes.link("self", request.pathAndQuery()));
    return SimResponse.json(200, body);
  }

  /** {@code POST /oauth/tokens} with {@code grant_type=authorization_code}. */
  public SimResponse exchange(ApiRequest request) {
    Map<String, String> form = FormBody.parse(request);
    ClientAuth.require(request, form, config);
    if (!"authorization_code".equals(form.get("grant_type"))) {
      throw new OAuthException(
          400, "unsupported_grant_type", "grant_type must be authorization_code");
    }
    CodeGrant grant = signIn.codes().redeem(form.get("code"));
    String redirect = form.get("redirect_uri");
    if (redirect != null && !redirect.equals(grant.redirectUri())) {
      throw new OAuthException(
          400, "invalid_grant", "redirect_uri does not match the authorization request");
    }
    return SimResponse.json(200, tokens(grant));
  }

  private ObjectNode tokens(CodeGrant grant) {
    UserSession session = new UserSession(grant.districtId(), grant.userId(), grant.role());
    ObjectNode user =
        registry
            .byId(grant.districtId())
            .flatMap(d -> d.read(() -> d.collection(RecordType.USERS).get(grant.userId())))
            .orElseThrow(() -> new OAuthException(400, "invalid_grant", "the user is gone"));
    ObjectNode claims =
        Identity.idTokenClaims(
            user,
            session,
            config.issuer(),
            config.clientId(),
            grant.nonce(),
            config.clock().instant());
    ObjectNode body = Json.object().put("access_token", signIn.openSession(session));
    return body.put("token_type", "bearer").put("id_token", signIn.idTokens().sign(claims));
  }

  /** {@code GET /oauth/tokeninfo}: the client and scopes of a bearer token. */
  public SimResponse tokenInfo(ApiRequest request) {
    String token = request.bearer();
    boolean known = registry.byToken(token).isPresent() || signIn.session(token).isPresent();
    if (!known) {
      throw new OAuthException(401, "invalid_token", "unknown or revoked token");
    }
    ObjectNode body = Json.object().put("client_id", config.clientId());
    body.set(
        "scopes",
        Json.strings(registry.byToken(token).isPresent() ? DistrictToken.SCOPES : List.of()));
    return SimResponse.json(200, body);
  }

  private static ObjectNode tokenJson(DistrictToken token) {
    ObjectNode json = Json.object().put("id", token.id()).put("created", token.created());
    json.set("owner", Json.object().put("type", "district").put("id", token.districtId()));
    json.put("access_token", token.accessToken());
    json.set("scopes", Json.strings(token.scopes()));
    return json;
  }
}
