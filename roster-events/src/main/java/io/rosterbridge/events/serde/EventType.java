package io.rosterbridge.events.serde;

import io.rosterbridge.events.RosterEvent;

/** One registered event type: its {@code ce_type} name, payload class and schema version. */
public record EventType(String name, Class<? extends RosterEvent> payload, int schemaVersion) {

  /** The {@code ce_type} name of a payload class: {@code io.rosterbridge.<package>.<Simple>}. */
  static String nameOf(Class<?> payload) {
    String pkg = payload.getPackageName();
    String area = pkg.substring(pkg.lastIndexOf('.') + 1);
    return "io.rosterbridge." + area + "." + payload.getSimpleName();
  }
}
