package io.rosterbridge.cleversim.fault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;
import java.util.concurrent.atomic.AtomicInteger;

/** A registered fault with its id and how many more responses it will affect. */
public final class ActiveFault {

  private final String id;
  private final FaultSpec spec;
  private final AtomicInteger remaining;

  ActiveFault(String id, FaultSpec spec) {
    this.id = id;
    this.spec = spec;
    this.remaining = new AtomicInteger(spec.times() == null ? -1 : spec.times());
  }

  /** The id to remove it by. */
  public String id() {
    return id;
  }

  /** What it does. */
  public FaultSpec spec() {
    return spec;
  }

  /** Uses up one response; false when it has none left. Permanent faults always succeed. */
  boolean consume() {
    if (spec.times() == null) {
      return true;
    }
    return remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  boolean exhausted() {
    return spec.times() != null && remaining.get() <= 0;
  }

  /** The admin API's view: the spec plus id and remaining count (null when permanent). */
  public ObjectNode toJson() {
    ObjectNode json = Json.MAPPER.valueToTree(spec);
    json.put("id", id);
    if (spec.times() == null) {
      json.putNull("remaining");
    } else {
      json.put("remaining", remaining.get());
    }
    return json;
  }
}
