package io.rosterbridge.cleversim.rest;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Converts between Vert.x Web and the simulator's server-independent request/response. */
final class VertxBridge {

  private VertxBridge() {}

  static ApiRequest request(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    Map<String, String> headers = new HashMap<>();
    request
        .headers()
        .forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
    Buffer body = ctx.body() == null ? null : ctx.body().buffer();
    String host = request.host() == null ? "localhost" : request.host();
    return new ApiRequest(
        request.method().name(),
        request.path(),
        request.query() == null ? "" : request.query(),
        headers,
        body == null ? new byte[0] : body.getBytes(),
        request.scheme() + "://" + host);
  }

  static void write(RoutingContext ctx, SimResponse response) {
    HttpServerResponse out = ctx.response().setStatusCode(response.status());
    response.headers().forEach(out::putHeader);
    if (response.contentType() != null) {
      out.putHeader("Content-Type", response.contentType());
    }
    out.end(Buffer.buffer(response.bytes()));
  }
}
