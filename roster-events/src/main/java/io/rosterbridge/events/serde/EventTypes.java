package io.rosterbridge.events.serde;

import io.rosterbridge.events.RosterEvent;
import io.rosterbridge.events.account.AccountChanged;
import io.rosterbridge.events.identity.RunResolved;
import io.rosterbridge.events.identity.UserResolved;
import io.rosterbridge.events.report.RunCompleted;
import io.rosterbridge.events.report.RunHeld;
import io.rosterbridge.events.run.CourseFetched;
import io.rosterbridge.events.run.DistrictFetched;
import io.rosterbridge.events.run.RecordRemoved;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFetched;
import io.rosterbridge.events.run.RunStarted;
import io.rosterbridge.events.run.SchoolFetched;
import io.rosterbridge.events.run.SectionFetched;
import io.rosterbridge.events.run.TermFetched;
import io.rosterbridge.events.run.UserFetched;
import io.rosterbridge.events.sync.RunProgress;
import io.rosterbridge.events.sync.SyncRequested;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of every event type of the contract, by payload class and by {@code ce_type}. */
public final class EventTypes {

  /** Schema version of every type at this release of the contract. */
  public static final int CURRENT_VERSION = 1;

  private static final List<Class<? extends RosterEvent>> PAYLOADS =
      List.of(
          SyncRequested.class,
          RunProgress.class,
          RunStarted.class,
          DistrictFetched.class,
          SchoolFetched.class,
          TermFetched.class,
          CourseFetched.class,
          SectionFetched.class,
          UserFetched.class,
          RecordRemoved.class,
          RunFetched.class,
          RunFailed.class,
          UserResolved.class,
          RunResolved.class,
          AccountChanged.class,
          RunCompleted.class,
          RunHeld.class);

  private static final Map<String, EventType> BY_NAME =
      PAYLOADS.stream()
          .map(p -> new EventType(EventType.nameOf(p), p, CURRENT_VERSION))
          .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

  private EventTypes() {}

  /** Every registered type. */
  public static List<EventType> all() {
    return BY_NAME.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
  }

  /** The type registered for {@code ce_type} {@code name}, if any. */
  public static Optional<EventType> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The type of a payload; fails for a class that is not part of the contract. */
  public static EventType of(Class<?> payload) {
    EventType type = BY_NAME.get(EventType.nameOf(payload));
    if (type == null || type.payload() != payload) {
      throw new IllegalArgumentException(payload.getName() + " is not a registered event type");
    }
    return type;
  }
}
