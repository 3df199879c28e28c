package io.rosterbridge.cleversim.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A record source held in memory, e.g. the objects of a loaded dump, sorted by id. */
public final class ListSource implements RecordSource {

  private final List<ObjectNode> objects;

  /** Keeps the objects exactly as given, only sorted by their {@code id}. */
  public ListSource(List<ObjectNode> objects) {
    List<ObjectNode> sorted = new ArrayList<>(objects);
    sorted.sort(Comparator.comparing(ListSource::idOf));
    this.objects = List.copyOf(sorted);
  }

  @Override
  public int size() {
    return objects.size();
  }

  @Override
  public String id(int index) {
    return idOf(objects.get(index));
  }

  @Override
  public ObjectNode get(int index) {
    return objects.get(index).deepCopy();
  }

  @Override
  public boolean hasRole(int index, String role) {
    return objects.get(index).path("roles").has(role);
  }

  /** The {@code id} field of a Clever object, or "" when it has none. */
  public static String idOf(ObjectNode node) {
    return node.path("id").asText("");
  }
}
