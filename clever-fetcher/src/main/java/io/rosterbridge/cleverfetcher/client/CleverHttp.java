package io.rosterbridge.cleverfetcher.client;

import io.rosterbridge.cleverfetcher.config.CleverConfig;
import io.rosterbridge.events.run.RunFailureReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Sends one GET to Clever and returns the whole answer; timeouts and I/O errors are retryable. */
@ApplicationScoped
public class CleverHttp {

  private final HttpClient client;
  private final Duration requestTimeout;

  public CleverHttp(CleverConfig config) {
    this.requestTimeout = config.requestTimeout();
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** GETs {@code uri} with the given Authorization header value. */
  public CleverResponse get(URI uri, String authorization) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(requestTimeout)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .build();
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    try {
      // The whole exchange, body included, is bounded; the request timeout alone stops at headers.
      return toResponse(pending.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new ServerErrorException(
          "GET " + uri.getRawPath() + " timed out after " + requestTimeout.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      throw new ServerErrorException("GET " + uri.getRawPath() + " failed: " + e.getCause(), e);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new CleverFailure(RunFailureReason.INTERRUPTED, "interrupted while reading Clever", e);
    }
  }

  private static CleverResponse toResponse(HttpResponse<byte[]> response) {
    HttpHeaders headers = response.headers();
    return new CleverResponse(
        response.statusCode(),
        headers.firstValue("Content-Type").orElse(""),
        response.body() == null ? new byte[0] : response.body(),
        number(headers, "X-Ratelimit-Remaining"),
        number(headers, "X-Ratelimit-Reset"));
  }

  private static long number(HttpHeaders headers, String name) {
    try {
      return headers.firstValue(name).map(String::trim).map(Long::parseLong).orElse(-1L);
    } catch (NumberFormatException e) {
      return -1L;
    }
  }
}
