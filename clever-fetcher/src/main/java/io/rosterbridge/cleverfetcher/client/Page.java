package io.rosterbridge.cleverfetcher.client;

import java.util.List;

/**
 * One page of a Clever list.
 *
 * @param items the objects, in the order sent
 * @param next the {@code rel:"next"} link as sent (relative, with /v3.0), or null
 */
public record Page<T>(List<T> items, String next) {

  /** Whether the list goes on: Clever ends it with no {@code next} or with an empty page. */
  public boolean hasNext() {
    return next != null && !items.isEmpty();
  }
}
