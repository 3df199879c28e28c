package io.rosterbridge.cleversim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.SimConfig;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.support.MutableClock;
import io.rosterbridge.cleversim.support.SimClient;
import io.rosterbridge.cleversim.support.SimClient.Reply;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OAuth 2.0 / OIDC: district token list, log-in page, code exchange, id_token, /me, /userinfo. */
class OAuthTest {

  private static final String CLIENT = "app-client";
  private static final String SECRET = "app-secret";
  private static final String PRIMARY = "https://app.example.org/clever/callback";
  private static final String SECOND = "http://localhost:9999/cb?x=1";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-02-01T08:00:00Z"));
  private CleverSimulator clever;
  private SimClient client;
  private ObjectNode teacher;

  @BeforeEach
  void start() {
    clever =
        CleverSimulator.start(
            SimConfig.builder()
                .generate(GeneratorSpec.ofUsers(11, 400))
                .client(CLIENT, SECRET)
                .redirectUris(List.of(PRIMARY, SECOND))
                .clock(clock)
                .build());
    client = new SimClient(clever.baseUrl());
    var page =
        clever
            .district()
            .collection(RecordType.USERS)
            .after(null, 1, io.rosterbridge.cleversim.store.RecordFilter.role("teacher"));
    teacher = page.items().get(0);
  }

  @AfterEach
  void stop() {
    clever.close();
  }

  @Test
  void districtTokensAreListedInClevTokensShape() {
    Reply reply = client.getBasic("/oauth/tokens?owner_type=district", CLIENT, SECRET);
    assertThat(reply.status()).isEqualTo(200);
    var token = clever.district().token();
    String expected =
        ("{\"data\":[{\"id\":\"%s\",\"created\":\"2026-02-01T08:00:00.000Z\",\"owner\":{\"type\":\"district\",\"id\":\"%s\"},"
                + "\"access_token\":\"%s\",\"scopes\":[\"read:district_admins\",\"read:school_admins\",\"read:schools\","
                + "\"read:sections\",\"read:students\",\"read:student_contacts\",\"read:teachers\",\"read:user_id\"]}],"
                + "\"links\":[{\"rel\":\"self\",\"uri\":\"/oauth/tokens?owner_type=district\"}]}")
            .formatted(token.id(), clever.districtId(), token.accessToken());
    assertThat(reply.body()).isEqualTo(expected);
  }

  @Test
  void wrongClientCredentialsOrOwnerTypeAreRefused() {
    Reply wrong = client.getBasic("/oauth/tokens?owner_type=district", CLIENT, "nope");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body())
        .isEqualTo(
            "{\"error\":\"invalid_client\",\"error_description\":\"unknown client or wrong secret\"}");
    Reply noOwner = client.getBasic("/oauth/tokens", CLIENT, SECRET);
    assertThat(noOwner.status()).isEqualTo(400);
    assertThat(noOwner.json().get("error").asText()).isEqualTo("invalid_request");
  }

  @Test
  void theLogInPageListsUsersAsClickableLinksAndAForm() {
    Reply page = client.get(authorize("state-1"), null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
    Matcher links =
        Pattern.compile("class=\"login-user\" data-user-id=\"([0-9a-f]{24})\" href=\"([^\"]+)\"")
            .matcher(page.body());
    int count = 0;
    while (links.find()) {
      count++;
      assertThat(links.group(2)).contains("state=state-1").endsWith("login_as=" + links.group(1));
    }
    assertThat(count).isEqualTo(50);
    assertThat(page.body())
        .contains("<form id=\"login-form\" method=\"get\" action=\"/oauth/authorize\">");
    assertThat(page.body()).contains("<input type=\"hidden\" name=\"state\" value=\"state-1\">");
    assertThat(page.body()).contains("class=\"more\"");
  }

  @Test
  void clickingAUserRedirectsWithCodeAndTheCallersState() {
    String clicked = firstUserLink(client.get(authorize("a b+c"), null).body());
    Reply redirect = client.get(clicked, null);
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.header("Location"))
        .matches(Pattern.quote(PRIMARY) + "\\?code=[0-9a-f]{32}&state=a\\+b%2Bc");
  }

  @Test
  void aCodeExchangesExactlyOnce() {
    String code = code(login(teacher.get("id").asText(), "s", null));
    String body =
        "{\"code\":\"%s\",\"grant_type\":\"authorization_code\",\"redirect_uri\":\"%s\"}"
            .formatted(code, PRIMARY);
    Reply first = exchange(body, "application/json");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("token_type").asText()).isEqualTo("bearer");
    assertThat(first.json().get("access_token").asText()).hasSize(40);
    assertThat(first.json().get("id_token").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    Reply again = exchange(body, "application/json");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body())
        .isEqualTo(
            "{\"error\":\"invalid_grant\",\"error_description\":\"authorization code already redeemed\"}");
  }

  @Test
  void aFormEncodedExchangeWorksAndAnExpiredCodeDoesNot() {
    String id = teacher.get("id").asText();
    String fresh = code(login(id, null, null));
    Reply ok =
        exchange(
            "grant_type=authorization_code&code=" + fresh, "application/x-www-form-urlencoded");
    assertThat(ok.status()).isEqualTo(200);
    String stale = code(login(id, null, null));
    clock.advance(Duration.ofSeconds(61));
    Reply expired =
        exchange(
            "grant_type=authorization_code&code=" + stale, "application/x-www-form-urlencoded");
    assertThat(expired.status()).isEqualTo(400);
    assertThat(expired.body())
        .isEqualTo(
            "{\"error\":\"invalid_grant\",\"error_description\":\"authorization code expired\"}");
  }

  @Test
  void anUnregisteredRedirectUriIsRefusedWithoutRedirecting() {
    Reply reply =
        client.get(
            "/oauth/authorize?response_type=code&client_id="
                + CLIENT
                + "&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&login_as="
                + teacher.get("id").asText(),
            null);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Location")).isNull();
    assertThat(reply.body())
        .contains(
            "<p class=\"error\">redirect_uri is not registered for this application: https://evil.example/cb</p>");
    Reply second =
        client.get(
            "/oauth/authorize?client_id="
                + CLIENT
                + "&redirect_uri="
                + java.net.URLEncoder.encode(SECOND, java.nio.charset.StandardCharsets.UTF_8)
                + "&login_as="
                + teacher.get("id").asText(),
            null);
    assertThat(second.header("Location")).startsWith(SECOND + "&code=");
  }

  @Test
  void theIdTokenVerifiesAgainstTheJwksAndCarriesClevsClaims() throws Exception {
    String userId = teacher.get("id").asText();
    String code = code(login(userId, "st", "n-0nce"));
    String idToken =
        exchange("grant_type=authorization_code&code=" + code, "application/x-www-form-urlencoded")
            .json()
            .get("id_token")
            .asText();
    JwtClaims claims = consumer(client.get("/oauth/certs", null).body()).processToClaims(idToken);
    long now = clock.instant().getEpochSecond();
    ObjectNode expected =
        Json.object().put("iss", "https://clever.com").put("sub", userId).put("aud", CLIENT);
    expected.put("iat", now).put("exp", now + 3600).put("nonce", "n-0nce");
    expected
        .put("user_id", teacher.at("/roles/teacher/legacy_id").asText())
        .put("multi_role_user_id", userId);
    expected
        .put("user_type", "teacher")
        .put("district", clever.districtId())
        .put("email", teacher.get("email").asText());
    expected.put("email_verified", false).put("given_name", teacher.at("/name/first").asText());
    expected.put("family_name", teacher.at("/name/last").asText());
    assertThat(Json.parse(claims.toJson().getBytes()))
        .isEqualTo(Json.parse(expected.toString().getBytes()));
    String tampered =
        idToken.substring(0, idToken.lastIndexOf('.') + 1)
            + "AAAA"
            + idToken.substring(idToken.lastIndexOf('.') + 5);
    assertThatThrownBy(
            () -> consumer(client.get("/oauth/certs", null).body()).processToClaims(tampered))
        .isInstanceOf(InvalidJwtException.class);
  }

  @Test
  void theUserTokenReadsMeUserinfoItsUserAndDistrictOnly() {
    String userId = teacher.get("id").asText();
    String token =
        exchange(
                "grant_type=authorization_code&code=" + code(login(userId, null, null)),
                "application/x-www-form-urlencoded")
            .json()
            .get("access_token")
            .asText();
    String district = clever.districtId();
    assertThat(client.get("/v3.0/me", token).body())
        .isEqualTo(
            ("{\"data\":{\"id\":\"%s\",\"district\":\"%s\",\"type\":\"user\",\"authorized_by\":\"district\"},"
                    + "\"links\":[{\"rel\":\"self\",\"uri\":\"/v3.0/me\"},{\"rel\":\"canonical\",\"uri\":\"/v3.0/users/%s\"},"
                    + "{\"rel\":\"district\",\"uri\":\"/v3.0/districts/%s\"}]}")
                .formatted(userId, district, userId, district));
    JsonNode info = client.get("/userinfo", token).json();
    assertThat(info.get("sub").asText()).isEqualTo(userId);
    assertThat(info.get("user_type").asText()).isEqualTo("teacher");
    assertThat(info.get("district_id").asText()).isEqualTo(district);
    assertThat(info.get("schools")).isEqualTo(teacher.at("/roles/teacher/schools"));
    assertThat(info.get("authorized_by").asText()).isEqualTo("district");
    assertThat(client.get("/v3.0/users/" + userId, token).json().get("data")).isEqualTo(teacher);
    assertThat(client.get("/v3.0/districts/" + district, token).status()).isEqualTo(200);
    Reply list = client.get("/v3.0/users", token);
    assertThat(list.status()).isEqualTo(404);
    assertThat(list.body()).isEqualTo("{\"message\":\"not found\"}");
  }

  @Test
  void instantLoginRedirectsToTheFirstRedirectUriWithACodeAndNoState() {
    String userId = teacher.get("id").asText();
    Reply page =
        client.get(
            "/oauth/instant-login?client_id=" + CLIENT + "&district_id=" + clever.districtId(),
            null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("action=\"/oauth/instant-login\"");
    Reply launch =
        client.get(
            "/oauth/instant-login?client_id="
                + CLIENT
                + "&district_id="
                + clever.districtId()
                + "&login_as="
                + userId,
            null);
    assertThat(launch.status()).isEqualTo(302);
    assertThat(launch.header("Location")).matches(Pattern.quote(PRIMARY) + "\\?code=[0-9a-f]{32}");
    Reply token =
        exchange(
            "grant_type=authorization_code&code="
                + code(launch)
                + "&redirect_uri="
                + java.net.URLEncoder.encode(PRIMARY, java.nio.charset.StandardCharsets.UTF_8),
            "application/x-www-form-urlencoded");
    assertThat(token.status()).isEqualTo(200);
  }

  @Test
  void discoveryNamesTheEndpointsOfThisServer() {
    JsonNode doc = client.get("/.well-known/openid-configuration", null).json();
    String base = clever.baseUrl();
    assertThat(doc.get("issuer").asText()).isEqualTo("https://clever.com");
    assertThat(doc.get("authorization_endpoint").asText()).isEqualTo(base + "/oauth/authorize");
    assertThat(doc.get("token_endpoint").asText()).isEqualTo(base + "/oauth/tokens");
    assertThat(doc.get("userinfo_endpoint").asText()).isEqualTo(base + "/userinfo");
    assertThat(doc.get("jwks_uri").asText()).isEqualTo(base + "/oauth/certs");
    assertThat(doc.get("id_token_signing_alg_values_supported").toString())
        .isEqualTo("[\"RS256\"]");
    JsonNode jwks = client.get(URI.create(doc.get("jwks_uri").asText()).getPath(), null).json();
    assertThat(jwks.get("keys")).hasSize(1);
    assertThat(jwks.get("keys").get(0).get("kty").asText()).isEqualTo("RSA");
    assertThat(jwks.get("keys").get(0).has("d")).isFalse();
  }

  @Test
  void tokeninfoNamesTheClientOfAToken() {
    Reply district = client.get("/oauth/tokeninfo", clever.districtToken());
    assertThat(district.json().get("client_id").asText()).isEqualTo(CLIENT);
    assertThat(district.json().get("scopes")).hasSize(8);
    Reply unknown = client.get("/oauth/tokeninfo", "nope");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.body())
        .isEqualTo(
            "{\"error\":\"invalid_token\",\"error_description\":\"unknown or revoked token\"}");
  }

  private JwtConsumer consumer(String jwksJson) throws Exception {
    return new JwtConsumerBuilder()
        .setVerificationKeyResolver(
            new JwksVerificationKeyResolver(new JsonWebKeySet(jwksJson).getJsonWebKeys()))
        .setExpectedIssuer("https://clever.com")
        .setExpectedAudience(CLIENT)
        .setRequireExpirationTime()
        .setEvaluationTime(NumericDate.fromSeconds(clock.instant().getEpochSecond()))
        .build();
  }

  private String authorize(String state) {
    return "/oauth/authorize?response_type=code&client_id="
        + CLIENT
        + "&redirect_uri="
        + java.net.URLEncoder.encode(PRIMARY, java.nio.charset.StandardCharsets.UTF_8)
        + "&state="
        + java.net.URLEncoder.encode(state, java.nio.charset.StandardCharsets.UTF_8);
  }

  private Reply login(String userId, String state, String nonce) {
    String uri =
        "/oauth/authorize?response_type=code&client_id="
            + CLIENT
            + "&login_as="
            + userId
            + (state == null ? "" : "&state=" + state)
            + (nonce == null ? "" : "&nonce=" + nonce);
    Reply reply = client.get(uri, null);
    assertThat(reply.status()).isEqualTo(302);
    return reply;
  }

  private static String code(Reply redirect) {
    Matcher m = Pattern.compile("[?&]code=([0-9a-f]+)").matcher(redirect.header("Location"));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private Reply exchange(String body, String contentType) {
    return client.send(
        "POST",
        "/oauth/tokens",
        body,
        "Content-Type",
        contentType,
        "Authorization",
        SimClient.basic(CLIENT, SECRET));
  }

  private static String firstUserLink(String html) {
    Matcher m =
        Pattern.compile("class=\"login-user\" data-user-id=\"[0-9a-f]{24}\" href=\"([^\"]+)\"")
            .matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1).replace("&amp;", "&");
  }
}
