package io.rosterbridge.cleverfetcher.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.rosterbridge.cleverfetcher.config.CleverConfig;
import io.rosterbridge.events.run.RunFailureReason;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Lists district connections from {@code GET /oauth/tokens?owner_type=district} with the
 * application's client id and secret (HTTP Basic); rate limits are waited out and server errors and
 * timeouts retried with backoff, as for the Data API.
 */
@ApplicationScoped
public class CleverTokens {

  private static final int MAX_PAGES = 1000;

  private final CleverHttp http;
  private final CleverConfig config;
  private final Clock clock;
  private final Guard serverErrors;
  private final Guard rateLimits;

  public CleverTokens(CleverHttp http, CleverConfig config, Clock clock) {
    this.http = http;
    this.config = config;
    this.clock = clock;
    this.serverErrors = Retries.serverErrors(config.retry(), cause -> {});
    this.rateLimits = Retries.rateLimits(config.rateLimit(), clock, cause -> {});
  }

  /** Whether client credentials are configured, so that districts can be discovered. */
  public boolean canDiscover() {
    return config.clientId().isPresent() && config.clientSecret().isPresent();
  }

  /** Every connected district with its token. */
  public List<DistrictToken> all() {
    return list("/oauth/tokens?owner_type=district");
  }

  /** The current token of one district; empty when it is not (or no longer) connected. */
  public Optional<DistrictToken> of(String districtId) {
    String query = "&district=" + URLEncoder.encode(districtId, StandardCharsets.UTF_8);
    return list("/oauth/tokens?owner_type=district" + query).stream()
        .filter(t -> t.districtId().equals(districtId))
        .findFirst();
  }

  private List<DistrictToken> list(String first) {
    List<DistrictToken> out = new ArrayList<>();
    String next = first;
    for (int pages = 0; next != null; pages++) {
      if (pages == MAX_PAGES) {
        throw new CleverFailure(RunFailureReason.PAGE_CAP_REACHED, "too many pages of tokens");
      }
      TokenList page = parse(fetch(next), next);
      page.data().forEach(t -> out.add(t.toToken()));
      next = page.data().isEmpty() ? null : page.next();
    }
    return out;
  }

  private CleverResponse fetch(String pathAndQuery) {
    URI uri = URI.create(config.oauthUrl().replaceAll("/+$", "") + pathAndQuery);
    try {
      return rateLimits.call(
          () ->
              serverErrors.call(
                  () -> ResponseCheck.ok(http.get(uri, basic()), "GET " + uri.getRawPath(), clock),
                  CleverResponse.class),
          CleverResponse.class);
    } catch (CleverFailure failure) {
      throw failure.reason() == RunFailureReason.UNAUTHORIZED
          ? new CleverFailure(
              RunFailureReason.UNAUTHORIZED,
              "Clever refused the client credentials: " + failure.getMessage())
          : failure;
    } catch (Exception e) {
      throw new CleverFailure(RunFailureReason.INTERNAL_ERROR, "listing district tokens: " + e, e);
    }
  }

  private String basic() {
    String pair = config.clientId().orElseThrow() + ":" + config.clientSecret().orElseThrow();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static TokenList parse(CleverResponse response, String what) {
    try {
      TokenList list = CleverJson.MAPPER.readValue(response.body(), TokenList.class);
      if (list.data() == null || list.data().stream().anyMatch(t -> !t.valid())) {
        throw new MalformedResponseException(what + ": not a list of district tokens");
      }
      return list;
    } catch (IOException e) {
      throw new MalformedResponseException(what + ": unreadable JSON", e);
    }
  }

  /** The tokens response. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TokenList(List<TokenDoc> data, List<LinkDoc> links) {

    String next() {
      return links == null
          ? null
          : links.stream()
              .filter(l -> "next".equals(l.rel()))
              .map(LinkDoc::uri)
              .findFirst()
              .orElse(null);
    }
  }

  /** One connection. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TokenDoc(Owner owner, @JsonProperty("access_token") String accessToken) {

    boolean valid() {
      return owner != null
          && "district".equals(owner.type())
          && owner.id() != null
          && accessToken != null
          && !accessToken.isBlank();
    }

    DistrictToken toToken() {
      return new DistrictToken(owner.id(), accessToken);
    }
  }

  /** The owner of a token. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Owner(String type, String id) {}

  /** A link. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LinkDoc(String rel, String uri) {}
}
