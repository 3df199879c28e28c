package io.rosterbridge.events.account;

/** Who granted a role: a Clever sync or a CSV import (never removed by a sync). */
public enum RoleSource {
  CLEVER,
  MANUAL
}
