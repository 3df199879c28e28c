package io.rosterbridge.events;

/** A message that belongs to one run of one district; its Kafka key is the district id. */
public interface RunFramed extends RosterEvent {

  /** The run this message belongs to. */
  String runId();

  /** The Clever district id, also the message key. */
  String districtId();
}
