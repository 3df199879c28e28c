package io.rosterbridge.cleversim.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;

/** Walks a base source and its overlay together in id order, skipping shadowed base objects. */
final class Scan {

  private final RecordSource base;
  private final Set<String> shadowed;
  private final int step;
  private final Iterator<ObjectNode> extra;
  private int baseIndex;
  private ObjectNode nextExtra;
  private int index;
  private ObjectNode node;

  Scan(RecordSource base, Set<String> shadowed, int start, Iterator<ObjectNode> extra, int step) {
    this.base = base;
    this.shadowed = shadowed;
    this.baseIndex = start;
    this.extra = extra;
    this.step = step;
    this.nextExtra = extra.hasNext() ? extra.next() : null;
  }

  /** Moves to the next object; false when both sides are exhausted. */
  boolean advance() {
    skipShadowed();
    boolean hasBase = baseInRange();
    if (!hasBase && nextExtra == null) {
      return false;
    }
    if (hasBase && (nextExtra == null || baseComesFirst())) {
      index = baseIndex;
      node = null;
      baseIndex += step;
    } else {
      index = -1;
      node = nextExtra;
      nextExtra = extra.hasNext() ? extra.next() : null;
    }
    return true;
  }

  /** Whether the current object passes the filter, without building a base object if avoidable. */
  boolean matches(RecordFilter filter) {
    return node != null ? filter.test(node) : filter.test(base, index);
  }

  /** The id of the current object, without building it. */
  String currentId() {
    return node != null ? ListSource.idOf(node) : base.id(index);
  }

  /** A copy of the current object. */
  ObjectNode current() {
    return node != null ? node.deepCopy() : base.get(index);
  }

  private boolean baseInRange() {
    return baseIndex >= 0 && baseIndex < base.size();
  }

  private boolean baseComesFirst() {
    int cmp = base.id(baseIndex).compareTo(ListSource.idOf(nextExtra));
    return step > 0 ? cmp < 0 : cmp > 0;
  }

  private void skipShadowed() {
    if (shadowed.isEmpty()) {
      return;
    }
    while (baseInRange() && shadowed.contains(base.id(baseIndex))) {
      baseIndex += step;
    }
  }
}
