package io.rosterbridge.cleverfetcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the fetcher reaches Clever: addresses, credentials, paging, rate limits and retries. */
@ConfigMapping(prefix = "clever")
public interface CleverConfig {

  /** Base URL of the Data and Events API (paths below it start with /v3.0). */
  @WithDefault("https://api.clever.com")
  String apiUrl();

  /** Base URL of Clever's OAuth server, which lists the district tokens. */
  @WithDefault("https://clever.com")
  String oauthUrl();

  /** The application's Clever client id; with the secret, districts are discovered. */
  Optional<String> clientId();

  /** The application's Clever client secret. */
  Optional<String> clientSecret();

  /** Fixed district tokens as {@code districtId:token} pairs (installs without discovery). */
  Optional<List<String>> districtTokens();

  /** AES key (base64, 16, 24 or 32 bytes) that encrypts stored district tokens. */
  String tokenKey();

  /** Records per page, 1 to 10000 (Clever answers more with 413); checked at startup. */
  @WithDefault("10000")
  @WithConverter(PageSizeConverter.class)
  int pageSize();

  /** Page size for particular districts, by district id, instead of {@link #pageSize()}. */
  Map<String, @WithConverter(PageSizeConverter.class) Integer> pageSizeOverrides();

  /** Most pages read from one list before the run fails as PAGE_CAP_REACHED. */
  @WithDefault("10000")
  int maxPages();

  /** Time allowed to open a connection to Clever. */
  @WithDefault("10s")
  Duration connectTimeout();

  /** Time allowed for one request, body included; a request that takes longer is retried. */
  @WithDefault("60s")
  Duration requestTimeout();

  /** Rate-limit behaviour. */
  RateLimit rateLimit();

  /** Retries of server errors and timeouts. */
  Retry retry();

  /** How the fetcher stays within Clever's per-token rate limit. */
  interface RateLimit {

    /** Requests kept in reserve: with this few left, wait for the window to reset first. */
    @WithDefault("5")
    int reserve();

    /** Longest wait for a rate-limit window to reset (Clever's window is one minute). */
    @WithDefault("65s")
    Duration maxWait();

    /** Waits for a reset (after a 429 or at the reserve) before the run fails as RATE_LIMITED. */
    @WithDefault("5")
    int maxRetries();
  }

  /** Exponential backoff with jitter for 5xx answers and timeouts. */
  interface Retry {

    /** Retries of one request before the run fails as SERVER_ERROR. */
    @WithDefault("5")
    int maxRetries();

    /** Delay before the first retry; it doubles with each further one. */
    @WithDefault("1s")
    Duration initialDelay();

    /** Longest delay between two retries. */
    @WithDefault("30s")
    Duration maxDelay();

    /** Random variation added to or taken from each delay. */
    @WithDefault("500ms")
    Duration jitter();
  }
}
