package io.rosterbridge.cleversim.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.ApiException;
import io.rosterbridge.cleversim.model.Json;
import java.time.Instant;
import java.util.List;

/** The identity Clever reveals about a signed-in user: id_token claims and {@code /userinfo}. */
public final class Identity {

  private static final List<String> ROLE_ORDER =
      List.of("teacher", "staff", "district_admin", "student", "contact");

  private Identity() {}

  /** The role a login uses: the requested one if the user has it, else the first in order. */
  public static String loginRole(ObjectNode user, String requested) {
    JsonNode roles = user.path("roles");
    if (requested != null && roles.has(requested)) {
      return requested;
    }
    return ROLE_ORDER.stream()
        .filter(roles::has)
        .findFirst()
        .orElseThrow(() -> ApiException.badRequest("the user has no role"));
  }

  /** Clever's {@code user_type} for a role name. */
  public static String userType(String role) {
    return "district_admin".equals(role) ? "district admin" : role;
  }

  /** The claims of an id_token (iat/exp in seconds; exp one hour later). */
  public static ObjectNode idTokenClaims(
      ObjectNode user,
      UserSession session,
      String issuer,
      String audience,
      String nonce,
      Instant now) {
    ObjectNode claims = Json.object().put("iss", issuer).put("sub", session.userId());
    claims
        .put("aud", audience)
        .put("iat", now.getEpochSecond())
        .put("exp", now.getEpochSecond() + 3600);
    if (nonce != null) {
      claims.put("nonce", nonce);
    }
    common(claims, user, session);
    return claims;
  }

  /** The {@code /userinfo} body. */
  public static ObjectNode userinfo(ObjectNode user, UserSession session) {
    ObjectNode info = Json.object().put("sub", session.userId());
    common(info, user, session);
    info.put("district_id", session.districtId());
    ObjectNode name = Json.object();
    for (String part : new String[] {"first", "middle", "last"}) {
      name.put(part, user.path("name").path(part).asText(""));
    }
    info.set("name", name);
    JsonNode schools = user.path("roles").path(session.role()).path("schools");
    info.set("schools", schools.isArray() ? schools.deepCopy() : Json.array());
    return info.put("authorized_by", "district");
  }

  private static void common(ObjectNode claims, ObjectNode user, UserSession session) {
    JsonNode role = user.path("roles").path(session.role());
    claims.put("user_id", role.path("legacy_id").asText(session.userId()));
    claims.put("multi_role_user_id", session.userId());
    claims.put("user_type", userType(session.role()));
    claims.put("district", session.districtId());
    if (user.path("email").isTextual()) {
      claims.put("email", user.get("email").asText());
    }
    claims.put("email_verified", false);
    claims.put("given_name", user.path("name").path("first").asText(""));
    claims.put("family_name", user.path("name").path("last").asText(""));
  }
}
