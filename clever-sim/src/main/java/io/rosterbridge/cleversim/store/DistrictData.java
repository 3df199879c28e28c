package io.rosterbridge.cleversim.store;

import io.rosterbridge.cleversim.model.RecordType;
import java.util.Map;

/**
 * The initial data of one district, before any mutation.
 *
 * @param districtId the Clever id of the district
 * @param sources one source per object type (missing types are empty)
 * @param events the events the district starts with, sorted by id
 */
public record DistrictData(
    String districtId, Map<RecordType, RecordSource> sources, RecordSource events) {

  /** The source of a type, empty when the district has none. */
  public RecordSource source(RecordType type) {
    return sources.getOrDefault(type, RecordSource.EMPTY);
  }
}
