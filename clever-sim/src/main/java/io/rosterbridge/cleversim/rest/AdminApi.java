package io.rosterbridge.cleversim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.rosterbridge.cleversim.config.DataSourceSpec;
import io.rosterbridge.cleversim.fault.FaultRegistry;
import io.rosterbridge.cleversim.fault.FaultSpec;
import io.rosterbridge.cleversim.fault.FaultType;
import io.rosterbridge.cleversim.model.ApiException;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.service.DistrictRegistry;
import io.rosterbridge.cleversim.service.Mutations;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** The admin API under {@code /admin}: districts, tokens, mutations and faults, all JSON. */
public final class AdminApi {

  private final DistrictRegistry registry;
  private final FaultRegistry faults;
  private final Clock clock;
  private final Consumer<List<DataSourceSpec>> reset;
  private final List<DataSourceSpec> configured;

  /** Admin over the simulator's state; {@code reset} replaces every district. */
  public AdminApi(
      DistrictRegistry registry,
      FaultRegistry faults,
      Clock clock,
      Consumer<List<DataSourceSpec>> reset,
      List<DataSourceSpec> configured) {
    this.registry = registry;
    this.faults = faults;
    this.clock = clock;
    this.reset = reset;
    this.configured = configured;
  }

  /** Answers an admin request; errors become {@code {"message":…}}. */
  public SimResponse handle(ApiRequest request) {
    String path = request.path();
    String[] parts = (path.length() > 7 ? path.substring(7) : "").split("/");
    try {
      return switch (parts[0]) {
        case "districts" -> districts(request, parts);
        case "faults" -> faults(request, parts);
        case "reset" -> reset(request);
        default -> throw ApiException.notFound("no admin route " + request.path());
      };
    } catch (ApiException e) {
      return SimResponse.json(e.status(), Json.message(e.getMessage()));
    } catch (IllegalArgumentException e) {
      return SimResponse.json(400, Json.message(e.getMessage()));
    }
  }

  private SimResponse districts(ApiRequest request, String[] parts) {
    String method = request.method();
    if (parts.length == 1) {
      return "POST".equals(method)
          ? created(AdminViews.district(registry.add(SourceJson.parse(body(request)))))
          : listDistricts();
    }
    District district = registry.require(parts[1]);
    if (parts.length == 2) {
      if ("DELETE".equals(method)) {
        registry.remove(district.id());
        return SimResponse.json(200, Json.object().put("removed", district.id()));
      }
      return SimResponse.json(200, AdminViews.district(district));
    }
    if (parts[2].equals("token") && parts.length == 4) {
      return token(district, parts[3]);
    }
    return new MutationRoutes(new Mutations(district, clock), district).handle(request, parts);
  }

  private SimResponse token(District district, String action) {
    switch (action) {
      case "revoke" -> registry.disconnect(district.id());
      case "rotate" -> registry.rotate(district.id());
      default -> throw ApiException.notFound("token actions are revoke and rotate");
    }
    return SimResponse.json(200, AdminViews.district(district));
  }

  private SimResponse listDistricts() {
    ArrayNode out = Json.array();
    registry.all().forEach(d -> out.add(AdminViews.district(d)));
    return SimResponse.json(200, Json.object().set("data", out));
  }

  private SimResponse reset(ApiRequest request) {
    JsonNode body = body(request);
    reset.accept(body.isEmpty() ? configured : List.of(SourceJson.parse(body)));
    return listDistricts();
  }

  private SimResponse faults(ApiRequest request, String[] parts) {
    switch (request.method()) {
      case "POST" -> {
        return created(faults.add(fault(body(request))).toJson());
      }
      case "DELETE" -> {
        if (parts.length == 2 && !faults.remove(parts[1])) {
          throw ApiException.notFound("no fault " + parts[1]);
        }
        if (parts.length == 1) {
          faults.clear();
        }
        return SimResponse.json(200, AdminViews.faults(faults.list()));
      }
      default -> {
        return SimResponse.json(200, AdminViews.faults(faults.list()));
      }
    }
  }

  private static FaultSpec fault(JsonNode body) {
    if (!body.path("type").isTextual()) {
      throw ApiException.badRequest("give the fault type, e.g. {\"type\":\"server_error\"}");
    }
    return new FaultSpec(
        body.path("endpoint").asText(null),
        FaultType.parse(body.get("type").asText()),
        body.path("times").isNumber() ? body.get("times").asInt() : null,
        body.path("status").isNumber() ? body.get("status").asInt() : null,
        body.path("latencyMs").isNumber() ? body.get("latencyMs").asLong() : null);
  }

  static JsonNode body(ApiRequest request) {
    if (request.body().length == 0) {
      return Json.object();
    }
    return Json.parse(request.body());
  }

  static SimResponse created(JsonNode body) {
    return SimResponse.json(201, body);
  }

  /** Resolves the record type segment of a mutation URL. */
  static RecordType type(String segment) {
    return RecordType.fromPath(segment)
        .orElseThrow(() -> ApiException.notFound("unknown type " + segment));
  }
}
