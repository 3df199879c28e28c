package io.rosterbridge.events.identity;

/** Why a user was reported: a machine-readable reason and a sentence an admin understands. */
public record Conflict(ConflictReason reason, String message) {}
