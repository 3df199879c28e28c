package io.rosterbridge.events.sync;

/** Why a sync was asked for. */
public enum SyncTrigger {
  NIGHTLY,
  MANUAL,
  ONBOARDING
}
