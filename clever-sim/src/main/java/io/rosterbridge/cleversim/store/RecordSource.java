package io.rosterbridge.cleversim.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An immutable, id-sorted sequence of Clever objects: either loaded from a dump or computed on
 * demand from an index, so a page is an index range and nothing forces the whole district into
 * memory.
 */
public interface RecordSource {

  /** A source with no objects. */
  RecordSource EMPTY =
      new RecordSource() {
        @Override
        public int size() {
          return 0;
        }

        @Override
        public String id(int index) {
          throw new IndexOutOfBoundsException(index);
        }

        @Override
        public ObjectNode get(int index) {
          throw new IndexOutOfBoundsException(index);
        }
      };

  /** Number of objects. */
  int size();

  /** The id of the object at {@code index}; ids ascend with the index. */
  String id(int index);

  /** A fresh copy of the object at {@code index}; the caller may change it. */
  ObjectNode get(int index);

  /**
   * Whether the user at {@code index} has the given role; sources may answer without building it.
   */
  default boolean hasRole(int index, String role) {
    return get(index).path("roles").has(role);
  }

  /** The index of the first object whose id is greater than {@code id}. */
  default int firstAfter(String id) {
    int low = 0;
    int high = size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (id(mid).compareTo(id) <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The index of the object with this id, or -1. */
  default int indexOf(String id) {
    int candidate = firstAfter(id) - 1;
    return candidate >= 0 && id(candidate).equals(id) ? candidate : -1;
  }
}
