package io.rosterbridge.usermatcher.messaging;

import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.identity.RunResolved;
import io.rosterbridge.events.identity.UserResolved;
import io.rosterbridge.events.run.RunFailed;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The {@code ce_id} of an event the matcher makes, derived from what it is (a name-based UUID), so
 * a republished copy carries the id of the first and consumers can recognise it.
 */
final class EventIds {

  private EventIds() {}

  /** The id of the matcher's own event; null for anything else. */
  static String of(RosterChangesMessage message) {
    if (message instanceof UserResolved resolved) {
      return id("UserResolved", resolved.runId(), resolved.user().id());
    }
    if (message instanceof RunResolved resolved) {
      return id("RunResolved", resolved.runId());
    }
    if (message instanceof RunFailed failed) {
      return id("RunFailed", failed.runId(), String.valueOf(failed.stage()));
    }
    return null;
  }

  private static String id(String... parts) {
    StringBuilder name = new StringBuilder("user-matcher");
    for (String part : parts) {
      // Length prefixes keep distinct inputs from naming the same id.
      name.append(':').append(part.length()).append(':').append(part);
    }
    return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
  }
}
