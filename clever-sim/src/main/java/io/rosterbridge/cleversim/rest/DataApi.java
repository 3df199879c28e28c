package io.rosterbridge.cleversim.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.ApiException;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.store.RecordCollection;
import io.rosterbridge.cleversim.store.RecordFilter;
import java.util.List;
import java.util.Set;

/** The Data and Events API v3.0 as a district-app token sees it: lists, singles, events. */
final class DataApi {

  private static final Set<String> ROLES =
      Set.of("student", "teacher", "staff", "district_admin", "contact");

  /** Answers {@code /v3.0/<type>[/<id>]} and {@code /v3.0/events[/<id>]}. */
  SimResponse handle(ApiRequest request, District district, String[] parts) {
    if (parts.length > 2) {
      throw ApiException.notFound("not found");
    }
    if (parts[0].equals("events")) {
      RecordCollection events = district.events();
      return parts.length == 1
          ? list(request, district, events, "/v3.0/events", eventFilter(request))
          : single(district, events, "/v3.0/events/" + parts[1], parts[1]);
    }
    RecordType type =
        RecordType.fromPath(parts[0]).orElseThrow(() -> ApiException.notFound("not found"));
    RecordCollection collection = district.collection(type);
    String path = "/v3.0/" + type.path();
    return parts.length == 1
        ? list(request, district, collection, path, userFilter(request, type))
        : single(district, collection, path + "/" + parts[1], parts[1]);
  }

  /** A single object in Clever's single envelope, or 404. */
  static SimResponse single(
      District district, RecordCollection collection, String self, String id) {
    ObjectNode object =
        district
            .read(() -> collection.get(id))
            .orElseThrow(() -> ApiException.notFound("resource not found"));
    return SimResponse.json(200, Envelopes.single(object, self));
  }

  private static SimResponse list(
      ApiRequest request,
      District district,
      RecordCollection collection,
      String path,
      RecordFilter filter) {
    Paging paging = Paging.of(request);
    byte[] body =
        district.read(
            () ->
                Envelopes.page(
                    request,
                    path,
                    paging,
                    sink ->
                        paging.backwards()
                            ? collection.visitBefore(
                                paging.endingBefore(), paging.limit(), filter, sink)
                            : collection.visitAfter(
                                paging.startingAfter(), paging.limit(), filter, sink)));
    return SimResponse.raw(200, SimResponse.JSON, body);
  }

  private static RecordFilter userFilter(ApiRequest request, RecordType type) {
    String role = request.param("role");
    if (role == null || role.isEmpty()) {
      return RecordFilter.ALL;
    }
    if (type != RecordType.USERS || !ROLES.contains(role)) {
      throw ApiException.badRequest("role must be one of " + ROLES);
    }
    return RecordFilter.role(role);
  }

  private static RecordFilter eventFilter(ApiRequest request) {
    List<String> types = request.params("record_type").stream().filter(t -> !t.isEmpty()).toList();
    return types.isEmpty() ? RecordFilter.ALL : RecordFilter.eventRecordTypes(types);
  }
}
