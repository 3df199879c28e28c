package io.rosterbridge.cleversim.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.rest.ApiRequest;
import io.rosterbridge.cleversim.rest.Envelopes;
import io.rosterbridge.cleversim.rest.Errors;
import io.rosterbridge.cleversim.rest.SimResponse;
import java.util.Arrays;

/** What each fault turns a response into. */
public final class FaultResponses {

  private FaultResponses() {}

  /** The response replacing the normal one, for faults that do not need it. */
  public static SimResponse replacement(FaultSpec spec) {
    return switch (spec.type()) {
      case RATE_LIMIT -> Errors.tooManyRequests();
      case REVOKED_TOKEN -> Errors.unauthorized();
      case SERVER_ERROR -> {
        int status = spec.status() != null ? spec.status() : 500;
        yield SimResponse.json(status, Json.message(Errors.reason(status)));
      }
      case HTML_ERROR -> {
        int status = spec.status() != null ? spec.status() : 502;
        yield SimResponse.html(status, htmlPage(status));
      }
      default -> throw new IllegalArgumentException(spec.type() + " reshapes a response");
    };
  }

  /** The normal response reshaped by the fault; responses without a JSON body pass unchanged. */
  public static SimResponse reshape(FaultSpec spec, SimResponse normal, ApiRequest request) {
    if (normal.contentType() == null || !normal.contentType().startsWith("application/json")) {
      return normal;
    }
    return switch (spec.type()) {
      case TRUNCATED_BODY -> {
        byte[] bytes = normal.bytes();
        yield new SimResponse(
            normal.status(),
            normal.contentType(),
            null,
            Arrays.copyOf(bytes, bytes.length / 2),
            normal.headers());
      }
      case MISSING_DATA -> withJson(normal, tree(normal).without("data"));
      case SELF_NEXT_LINK -> withJson(normal, selfNext(tree(normal), request));
      default -> throw new IllegalArgumentException(spec.type() + " replaces a response");
    };
  }

  /** The HTML page of an {@code html_error} fault. */
  public static String htmlPage(int status) {
    String title = status + " " + Errors.reason(status);
    return "<html>\n<head><title>"
        + title
        + "</title></head>\n<body>\n<h1>"
        + title
        + "</h1>\n<p>The upstream server did not answer. Please try again later.</p>\n</body>\n</html>\n";
  }

  private static ObjectNode selfNext(ObjectNode body, ApiRequest request) {
    ArrayNode links = Json.array();
    for (JsonNode link : body.path("links")) {
      if (!"next".equals(link.path("rel").asText())) {
        links.add(link);
      }
    }
    links.add(Envelopes.link("next", request.pathAndQuery()));
    body.set("links", links);
    return body;
  }

  private static ObjectNode tree(SimResponse normal) {
    JsonNode json = normal.json() != null ? normal.json().deepCopy() : Json.parse(normal.raw());
    return json.isObject() ? (ObjectNode) json : Json.object();
  }

  private static SimResponse withJson(SimResponse normal, ObjectNode json) {
    return new SimResponse(normal.status(), normal.contentType(), json, null, normal.headers());
  }
}
