package io.rosterbridge.cleversim.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One object type of one district: an immutable base source plus the objects added, changed or
 * removed since. Only the changes are held in memory. Not thread-safe; the district locks it.
 */
public final class RecordCollection {

  private final RecordSource base;
  private final TreeMap<String, ObjectNode> overlay = new TreeMap<>();
  private final Set<String> shadowed = new HashSet<>();

  /** A collection that starts with the objects of {@code base}. */
  public RecordCollection(RecordSource base) {
    this.base = base;
  }

  /** Number of objects currently present. */
  public int size() {
    return base.size() - shadowed.size() + overlay.size();
  }

  /** A copy of the object with this id, if present. */
  public Optional<ObjectNode> get(String id) {
    ObjectNode changed = overlay.get(id);
    if (changed != null) {
      return Optional.of(changed.deepCopy());
    }
    if (shadowed.contains(id)) {
      return Optional.empty();
    }
    int index = base.indexOf(id);
    return index < 0 ? Optional.empty() : Optional.of(base.get(index));
  }

  /** Whether an object with this id is present. */
  public boolean contains(String id) {
    return overlay.containsKey(id) || (!shadowed.contains(id) && base.indexOf(id) >= 0);
  }

  /** Adds the object, or replaces the present one with the same id. */
  public void put(ObjectNode object) {
    String id = ListSource.idOf(object);
    if (base.indexOf(id) >= 0) {
      shadowed.add(id);
    }
    overlay.put(id, object.deepCopy());
  }

  /** Removes the object with this id; false when it was not present. */
  public boolean remove(String id) {
    boolean present = contains(id);
    overlay.remove(id);
    if (base.indexOf(id) >= 0) {
      shadowed.add(id);
    }
    return present;
  }

  /**
   * Hands up to {@code limit} matching objects with ids greater than {@code after} (null: from the
   * start) to {@code sink} in ascending order, one at a time, so a page is never held whole.
   */
  public Window visitAfter(
      String after, int limit, RecordFilter filter, Consumer<ObjectNode> sink) {
    return emit(forward(after, false), limit, filter, sink);
  }

  /** Like {@link #visitAfter} for the matching objects just below {@code before}, ascending. */
  public Window visitBefore(
      String before, int limit, RecordFilter filter, Consumer<ObjectNode> sink) {
    Scan back = backward(before);
    String earliest = null;
    int count = 0;
    boolean more = false;
    while (back.advance()) {
      if (!back.matches(filter)) {
        continue;
      }
      if (count == limit) {
        more = true;
        break;
      }
      earliest = back.currentId();
      count++;
    }
    if (count == 0) {
      return new Window(0, null, null, false);
    }
    Window window = emit(forward(earliest, true), count, filter, sink);
    return new Window(window.count(), window.firstId(), window.lastId(), more);
  }

  /** Up to {@code limit} matching objects with ids greater than {@code cursor} (null: start). */
  public Slice after(String cursor, int limit, RecordFilter filter) {
    List<ObjectNode> items = new ArrayList<>();
    return new Slice(items, visitAfter(cursor, limit, filter, items::add).more());
  }

  /** Up to {@code limit} matching objects with ids just below {@code cursor}, ascending. */
  public Slice before(String cursor, int limit, RecordFilter filter) {
    List<ObjectNode> items = new ArrayList<>();
    return new Slice(items, visitBefore(cursor, limit, filter, items::add).more());
  }

  /** Visits every present object in ascending id order. */
  public void forEach(Consumer<ObjectNode> visitor) {
    emit(forward(null, false), Integer.MAX_VALUE, RecordFilter.ALL, visitor);
  }

  /** The greatest id present, or null when empty. */
  public String lastId() {
    return visitBefore("\uffff", 1, RecordFilter.ALL, node -> {}).lastId();
  }

  private Scan forward(String from, boolean inclusive) {
    int start = from == null ? 0 : base.firstAfter(from);
    if (inclusive && start > 0 && base.id(start - 1).equals(from)) {
      start--;
    }
    NavigableMap<String, ObjectNode> extra =
        from == null ? overlay : overlay.tailMap(from, inclusive);
    return new Scan(base, shadowed, start, extra.values().iterator(), 1);
  }

  private Scan backward(String before) {
    int start = base.firstAfter(before) - 1;
    if (start >= 0 && base.id(start).equals(before)) {
      start--;
    }
    var extra = overlay.headMap(before, false).descendingMap().values().iterator();
    return new Scan(base, shadowed, start, extra, -1);
  }

  private static Window emit(Scan scan, int limit, RecordFilter filter, Consumer<ObjectNode> sink) {
    int count = 0;
    String first = null;
    String last = null;
    while (scan.advance()) {
      if (!scan.matches(filter)) {
        continue;
      }
      if (count == limit) {
        return new Window(count, first, last, true);
      }
      last = scan.currentId();
      first = first == null ? last : first;
      count++;
      sink.accept(scan.current());
    }
    return new Window(count, first, last, false);
  }
}
