package io.rosterbridge.rosterctl.client;

import io.rosterbridge.rosterctl.CtlException;
import io.rosterbridge.rosterctl.config.CtlConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;

/** Sends requests to the writer and the fetcher and turns transport failures into one line. */
@ApplicationScoped
public class Http {

  private final HttpClient client;
  private final Duration timeout;

  public Http(CtlConfig config) {
    this.timeout = config.httpTimeout();
    this.client =
        HttpClient.newBuilder()
            // On a cleartext URL the default (HTTP/2) first asks for an h2c upgrade; a service that
            // refuses an upload (413) and closes while its body is still being sent then surfaces
            // as a bare IOException instead of the answer.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A GET of {@code path}. */
  public HttpAnswer get(Service service, String path, Optional<String> bearer) {
    return send(service, "GET", path, HttpRequest.BodyPublishers.noBody(), null, bearer, false);
  }

  /**
   * A POST of {@code path} with a body of the given content type (null: none). A body is sent only
   * once the service accepted the request's headers ({@code Expect: 100-continue}), so that a
   * refusal such as 413 (too large) comes back as the service's answer.
   */
  public HttpAnswer post(
      Service service, String path, byte[] body, String contentType, Optional<String> bearer) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body);
    return send(service, "POST", path, publisher, contentType, bearer, body != null);
  }

  /** A PUT of {@code path} with a JSON body. */
  public HttpAnswer putJson(Service service, String path, byte[] body, Optional<String> bearer) {
    return send(
        service,
        "PUT",
        path,
        HttpRequest.BodyPublishers.ofByteArray(body),
        "application/json",
        bearer,
        false);
  }

  private HttpAnswer send(
      Service service,
      String method,
      String path,
      HttpRequest.BodyPublisher body,
      String contentType,
      Optional<String> bearer,
      boolean upload) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(service, path))
            .timeout(timeout)
            .expectContinue(upload)
            .header("Accept", "application/json")
            .method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
    String what = method + " " + path;
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new HttpAnswer(service, what, response.statusCode(), response.body());
    } catch (HttpConnectTimeoutException | ConnectException | UnresolvedAddressException e) {
      throw unreachable(service, e);
    } catch (HttpTimeoutException e) {
      throw new CtlException(
          "the "
              + service.name()
              + " at "
              + service.baseUrl()
              + " did not answer "
              + what
              + " within "
              + timeout.toSeconds()
              + " s; check that it is healthy",
          e);
    } catch (IOException e) {
      throw e.getCause() instanceof UnresolvedAddressException
          ? unreachable(service, e)
          : new CtlException(
              "talking to the " + service.name() + " at " + service.baseUrl() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CtlException("interrupted", e);
    }
  }

  private static URI uri(Service service, String path) {
    try {
      URI uri = URI.create(service.url(path));
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("no scheme or host");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new CtlException(
          service.setting() + " is not a URL (" + service.baseUrl() + "): " + e.getMessage(), e);
    }
  }

  private static CtlException unreachable(Service service, Exception e) {
    return new CtlException(
        "cannot reach the "
            + service.name()
            + " at "
            + service.baseUrl()
            + ": start it, or set "
            + service.setting(),
        e);
  }
}
