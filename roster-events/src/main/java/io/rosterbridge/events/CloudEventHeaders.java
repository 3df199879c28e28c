package io.rosterbridge.events;

/** Kafka header names of the CloudEvents Kafka binding (binary mode) used on every message. */
public final class CloudEventHeaders {

  /** Unique id of the message; a re-delivered message keeps it. */
  public static final String ID = "ce_id";

  /** Event type, e.g. {@code io.rosterbridge.run.UserFetched}. */
  public static final String TYPE = "ce_type";

  /** The producing service, e.g. {@code /clever-fetcher}. */
  public static final String SOURCE = "ce_source";

  /** When the event was produced (ISO-8601 instant). */
  public static final String TIME = "ce_time";

  /** CloudEvents specification version, always {@code 1.0}. */
  public static final String SPEC_VERSION = "ce_specversion";

  /** Version of the payload's schema for its type (extension attribute). */
  public static final String SCHEMA_VERSION = "ce_schemaversion";

  /** Content type of the payload, always {@code application/json}. */
  public static final String CONTENT_TYPE = "content-type";

  private CloudEventHeaders() {}
}
