package io.rosterbridge.cleversim.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.ObjectIds;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.model.Timestamps;
import io.rosterbridge.cleversim.store.DistrictData;
import io.rosterbridge.cleversim.store.RecordCollection;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/** The live state of one district: its objects, its event log and its connection token. */
public final class District {

  private final String id;
  private final Map<RecordType, RecordCollection> collections = new EnumMap<>(RecordType.class);
  private final RecordCollection events;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final ObjectIds ids;
  private final Clock clock;
  private String lastEventId;
  private volatile DistrictToken token;

  District(DistrictData data, ObjectIds ids, Clock clock) {
    this.id = data.districtId();
    for (RecordType type : RecordType.values()) {
      collections.put(type, new RecordCollection(data.source(type)));
    }
    this.events = new RecordCollection(data.events());
    this.lastEventId = events.lastId();
    this.ids = ids;
    this.clock = clock;
  }

  /** The Clever id of the district. */
  public String id() {
    return id;
  }

  /** The current connection token, or null when the district disconnected. */
  public DistrictToken token() {
    return token;
  }

  void token(DistrictToken value) {
    token = value;
  }

  /** The objects of a type; read or change them only inside {@link #read} or {@link #write}. */
  public RecordCollection collection(RecordType type) {
    return collections.get(type);
  }

  /** The event log, oldest first. */
  public RecordCollection events() {
    return events;
  }

  /** Runs {@code reader} under the district's read lock. */
  public <T> T read(Supplier<T> reader) {
    lock.readLock().lock();
    try {
      return reader.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs {@code writer} under the district's write lock. */
  public <T> T write(Supplier<T> writer) {
    lock.writeLock().lock();
    try {
      return writer.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** A fresh object id for this district. */
  public String newId() {
    return ids.next();
  }

  /** Appends an event (caller holds the write lock); {@code previous} may be null. */
  ObjectNode appendEvent(String type, ObjectNode object, ObjectNode previous) {
    lastEventId = ids.nextAfter(lastEventId);
    ObjectNode data = Json.object();
    data.set("object", object);
    if (previous != null) {
      data.set("previous_attributes", previous);
    }
    ObjectNode event = Json.object().put("id", lastEventId).put("type", type);
    event.put("created", Timestamps.format(clock.instant())).set("data", data);
    events.put(event);
    return event;
  }
}
