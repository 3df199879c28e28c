package io.rosterbridge.cleversim.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.fault.ActiveFault;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.service.DistrictToken;
import java.util.List;

/** JSON views the admin API returns. */
final class AdminViews {

  private AdminViews() {}

  /** A district: id, current token (null when disconnected) and object counts. */
  static ObjectNode district(District district) {
    ObjectNode json = Json.object().put("id", district.id());
    DistrictToken token = district.token();
    if (token == null) {
      json.putNull("token");
    } else {
      json.put("token", token.accessToken());
    }
    ObjectNode counts = json.putObject("counts");
    district.read(
        () -> {
          for (RecordType type : RecordType.values()) {
            counts.put(type.path(), district.collection(type).size());
          }
          return counts.put("events", district.events().size());
        });
    return json;
  }

  static ObjectNode faults(List<ActiveFault> faults) {
    ArrayNode data = Json.array();
    faults.forEach(f -> data.add(f.toJson()));
    ObjectNode out = Json.object();
    out.set("data", data);
    return out;
  }
}
