package io.rosterbridge.cleversim.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.config.DataSourceSpec;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.Messiness;
import io.rosterbridge.cleversim.model.ApiException;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.service.JsonDiff;
import java.nio.file.Path;

/**
 * Reads a data source from admin JSON: {@code {"dumpDir":"/path"}} or {@code {"generate":{"seed":
 * 7,"users":25000,…}}}, optionally with {@code "token"}. Generator fields not given keep the
 * defaults of {@link GeneratorSpec#ofUsers}; {@code "messiness"} may be {@code "none"}, {@code
 * "typical"} or an object of fractions.
 */
final class SourceJson {

  private SourceJson() {}

  static DataSourceSpec parse(JsonNode body) {
    DataSourceSpec spec;
    if (body.path("dumpDir").isTextual()) {
      spec = DataSourceSpec.dump(Path.of(body.get("dumpDir").asText()));
    } else if (body.path("generate").isObject()) {
      spec = DataSourceSpec.generated(generator((ObjectNode) body.get("generate")));
    } else {
      throw ApiException.badRequest("give {\"dumpDir\":…} or {\"generate\":{…}}");
    }
    return body.path("token").isTextual() ? spec.withToken(body.get("token").asText()) : spec;
  }

  static GeneratorSpec generator(ObjectNode given) {
    ObjectNode fields = given.deepCopy();
    GeneratorSpec base =
        GeneratorSpec.ofUsers(fields.path("seed").asLong(42), fields.path("users").asInt(1000));
    fields.remove("users");
    JsonNode messiness = fields.remove("messiness");
    if (messiness != null && messiness.isTextual()) {
      base =
          base.withMessiness(
              "none".equals(messiness.asText()) ? Messiness.NONE : Messiness.TYPICAL);
    } else if (messiness != null) {
      fields.set("messiness", messiness);
    }
    ObjectNode merged = JsonDiff.mergePatch(Json.MAPPER.valueToTree(base), fields);
    try {
      return Json.MAPPER.treeToValue(merged, GeneratorSpec.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw ApiException.badRequest("bad generator spec: " + e.getMessage());
    }
  }
}
