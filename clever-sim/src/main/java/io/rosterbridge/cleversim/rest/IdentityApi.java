package io.rosterbridge.cleversim.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.ApiException;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.oauth.Identity;
import io.rosterbridge.cleversim.oauth.UserSession;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.service.DistrictRegistry;
import java.util.Optional;

/**
 * What a user (SSO) token may read: {@code /v3.0/me}, its own {@code /v3.0/users/<id>}, its
 * district, and {@code /userinfo}; anything else is 404 as with Clever's wrong-token-type calls.
 */
final class IdentityApi {

  private final DistrictRegistry registry;

  IdentityApi(DistrictRegistry registry) {
    this.registry = registry;
  }

  /** {@code /v3.0/me} for either kind of token. */
  SimResponse me(Caller caller) {
    boolean user = caller.session() != null;
    String districtId = user ? caller.session().districtId() : caller.district().id();
    String id = user ? caller.session().userId() : districtId;
    ObjectNode data = Json.object().put("id", id).put("district", districtId);
    data.put("type", user ? "user" : "district");
    if (user) {
      data.put("authorized_by", "district");
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    ArrayNode links = body.putArray("links").add(Envelopes.link("self", "/v3.0/me"));
    links.add(Envelopes.link("canonical", user ? "/v3.0/users/" + id : "/v3.0/districts/" + id));
    links.add(Envelopes.link("district", "/v3.0/districts/" + districtId));
    return SimResponse.json(200, body);
  }

  /** The few Data API routes a user token may call. */
  SimResponse userRoute(UserSession session, String[] parts) {
    District district = district(session);
    if (parts.length == 2 && parts[0].equals("users") && parts[1].equals(session.userId())) {
      return DataApi.single(
          district, district.collection(RecordType.USERS), "/v3.0/users/" + parts[1], parts[1]);
    }
    if (parts.length == 2 && parts[0].equals("districts") && parts[1].equals(district.id())) {
      return DataApi.single(
          district,
          district.collection(RecordType.DISTRICTS),
          "/v3.0/districts/" + parts[1],
          parts[1]);
    }
    throw ApiException.notFound("not found");
  }

  /** {@code /userinfo}; 401 when the user is gone. */
  SimResponse userinfo(UserSession session) {
    District district = district(session);
    Optional<ObjectNode> user =
        district.read(() -> district.collection(RecordType.USERS).get(session.userId()));
    return user.map(u -> SimResponse.json(200, Identity.userinfo(u, session)))
        .orElseGet(Errors::unauthorized);
  }

  private District district(UserSession session) {
    return registry
        .byId(session.districtId())
        .orElseThrow(() -> new ApiException(401, Errors.INVALID_TOKEN));
  }
}
