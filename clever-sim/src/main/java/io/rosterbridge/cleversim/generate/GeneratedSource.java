package io.rosterbridge.cleversim.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.store.RecordSource;
import java.util.function.IntFunction;

/** A record source whose objects are computed from their index; nothing is stored. */
final class GeneratedSource implements RecordSource {

  /** Answers role questions without building the user. */
  interface RoleTest {
    boolean hasRole(int index, String role);
  }

  private final Ids ids;
  private final RecordType type;
  private final int size;
  private final IntFunction<ObjectNode> factory;
  private final RoleTest roles;

  GeneratedSource(
      Ids ids, RecordType type, int size, IntFunction<ObjectNode> factory, RoleTest roles) {
    this.ids = ids;
    this.type = type;
    this.size = size;
    this.factory = factory;
    this.roles = roles;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String id(int index) {
    return ids.id(type, index);
  }

  @Override
  public ObjectNode get(int index) {
    return factory.apply(index);
  }

  @Override
  public boolean hasRole(int index, String role) {
    return roles != null ? roles.hasRole(index, role) : RecordSource.super.hasRole(index, role);
  }

  @Override
  public int indexOf(String id) {
    return ids.index(type, id, size);
  }
}
