package io.rosterbridge.cleversim.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.ApiException;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.service.Mutations;

/**
 * Admin routes that change one district's objects: {@code /admin/districts/<d>/<type>[/<id>[/…]]}.
 */
final class MutationRoutes {

  private final Mutations mutations;
  private final District district;

  MutationRoutes(Mutations mutations, District district) {
    this.mutations = mutations;
    this.district = district;
  }

  SimResponse handle(ApiRequest request, String[] parts) {
    RecordType type = AdminApi.type(parts[2]);
    if (parts.length == 3 && "POST".equals(request.method())) {
      return AdminApi.created(mutations.create(type, object(AdminApi.body(request))));
    }
    if (parts.length == 4) {
      return single(request, type, parts[3]);
    }
    if (parts.length == 5 && type == RecordType.USERS && "POST".equals(request.method())) {
      return userAction(parts[3], parts[4], AdminApi.body(request));
    }
    throw ApiException.notFound("no admin route " + request.path());
  }

  private SimResponse single(ApiRequest request, RecordType type, String id) {
    return switch (request.method()) {
      case "PATCH" ->
          SimResponse.json(200, mutations.update(type, id, object(AdminApi.body(request))));
      case "DELETE" -> SimResponse.json(200, mutations.remove(type, id));
      case "GET" ->
          SimResponse.json(
              200,
              district
                  .read(() -> district.collection(type).get(id))
                  .orElseThrow(() -> ApiException.notFound(type.path() + " " + id + " not found")));
      default -> throw new ApiException(405, "use GET, PATCH or DELETE");
    };
  }

  private SimResponse userAction(String userId, String action, JsonNode body) {
    return switch (action) {
      case "username" -> {
        JsonNode value = body.path("username");
        String username = value.isTextual() ? value.asText() : null;
        String role = body.path("role").isTextual() ? body.get("role").asText() : null;
        yield SimResponse.json(200, mutations.changeUsername(userId, role, username));
      }
      case "move" -> {
        if (!body.path("school").isTextual()) {
          throw ApiException.badRequest("give {\"school\":\"<school id>\"}");
        }
        yield SimResponse.json(200, mutations.moveStudent(userId, body.get("school").asText()));
      }
      case "reissue" -> {
        ObjectNode out = Json.object().put("previousId", userId);
        yield SimResponse.json(200, out.put("id", mutations.reissueUserId(userId)));
      }
      default -> throw ApiException.notFound("user actions are username, move and reissue");
    };
  }

  private static ObjectNode object(JsonNode body) {
    if (!body.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object");
    }
    return (ObjectNode) body;
  }
}
