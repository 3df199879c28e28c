package io.rosterbridge.cleverfetcher.client;

/** An object inside a Clever list envelope: every one has a Clever id. */
public interface CleverDoc {

  /** The Clever id (24-hex ObjectID). */
  String id();
}
