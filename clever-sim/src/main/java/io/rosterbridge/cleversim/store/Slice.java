package io.rosterbridge.cleversim.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One page of objects in ascending id order.
 *
 * @param items the objects of the page
 * @param more whether further matching objects exist beyond the page in the direction read
 */
public record Slice(List<ObjectNode> items, boolean more) {

  /** The id of the first item; the page must not be empty. */
  public String firstId() {
    return ListSource.idOf(items.get(0));
  }

  /** The id of the last item; the page must not be empty. */
  public String lastId() {
    return ListSource.idOf(items.get(items.size() - 1));
  }
}
