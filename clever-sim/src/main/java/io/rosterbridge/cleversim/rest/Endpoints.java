package io.rosterbridge.cleversim.rest;

import io.rosterbridge.cleversim.model.ApiException;
import io.rosterbridge.cleversim.oauth.Discovery;
import io.rosterbridge.cleversim.oauth.LoginFlow;
import io.rosterbridge.cleversim.oauth.SignIn;
import io.rosterbridge.cleversim.oauth.TokenEndpoint;
import io.rosterbridge.cleversim.service.DistrictRegistry;

/** Routes a public (non-admin) request to the endpoint that answers it. */
public final class Endpoints {

  private final DistrictRegistry registry;
  private final SignIn signIn;
  private final TokenEndpoint tokens;
  private final LoginFlow login;
  private final Discovery discovery;
  private final DataApi data = new DataApi();
  private final IdentityApi identity;

  /** The endpoints over one simulator's state. */
  public Endpoints(
      DistrictRegistry registry,
      SignIn signIn,
      TokenEndpoint tokens,
      LoginFlow login,
      Discovery discovery) {
    this.registry = registry;
    this.signIn = signIn;
    this.tokens = tokens;
    this.login = login;
    this.discovery = discovery;
    this.identity = new IdentityApi(registry);
  }

  /** The normal answer to a request; refusals are thrown as {@link ApiException}. */
  public SimResponse route(ApiRequest request) {
    String path = request.path();
    if (path.startsWith("/v3.0/")) {
      return api(request, path.substring("/v3.0/".length()).split("/"));
    }
    return switch (path) {
      case "/userinfo" -> userinfo(request);
      case "/oauth/tokens" ->
          "POST".equals(request.method()) ? tokens.exchange(request) : tokens.list(request);
      case "/oauth/tokeninfo" -> tokens.tokenInfo(request);
      case "/oauth/authorize" -> login.authorize(request);
      case "/oauth/instant-login" -> login.instantLogin(request);
      case "/oauth/certs" -> discovery.jwks();
      case "/.well-known/openid-configuration" -> discovery.document(request);
      default -> throw ApiException.notFound("not found");
    };
  }

  private SimResponse api(ApiRequest request, String[] parts) {
    if (!"GET".equals(request.method())) {
      throw new ApiException(405, "method not allowed");
    }
    Caller caller = caller(request.bearer());
    if (caller == null) {
      return Errors.unauthorized();
    }
    if (parts.length == 1 && parts[0].equals("me")) {
      return identity.me(caller);
    }
    if (caller.session() != null) {
      return identity.userRoute(caller.session(), parts);
    }
    return data.handle(request, caller.district(), parts);
  }

  private SimResponse userinfo(ApiRequest request) {
    return signIn.session(request.bearer()).map(identity::userinfo).orElseGet(Errors::unauthorized);
  }

  private Caller caller(String token) {
    return registry
        .byToken(token)
        .map(d -> new Caller(d, null))
        .or(() -> signIn.session(token).map(s -> new Caller(null, s)))
        .orElse(null);
  }
}
