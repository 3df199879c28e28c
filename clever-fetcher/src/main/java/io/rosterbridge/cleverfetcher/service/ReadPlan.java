package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.client.CleverDocs.EventDoc;
import io.rosterbridge.cleverfetcher.client.Page;
import io.rosterbridge.events.sync.SyncMode;

/**
 * How a run reads, decided before it starts.
 *
 * @param mode FULL, PREVIEW or INCREMENTAL
 * @param fallbackReason why an incremental run reads in full instead, or null
 * @param firstEvents the first events page of an incremental read (already fetched), or null
 * @param firstUri the request that fetched it, or null
 */
public record ReadPlan(
    SyncMode mode, String fallbackReason, Page<EventDoc> firstEvents, String firstUri) {

  /** A read of the whole district. */
  static ReadPlan whole(SyncMode mode, String fallbackReason) {
    return new ReadPlan(mode, fallbackReason, null, null);
  }

  /** A read of the events after the cursor. */
  static ReadPlan events(Page<EventDoc> first, String uri) {
    return new ReadPlan(SyncMode.INCREMENTAL, null, first, uri);
  }
}
