package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.client.CleverApi;
import io.rosterbridge.cleverfetcher.client.CleverDocs.EventDoc;
import io.rosterbridge.cleverfetcher.client.CleverFailure;
import io.rosterbridge.cleverfetcher.client.ClientErrorException;
import io.rosterbridge.cleverfetcher.client.DistrictSession;
import io.rosterbridge.cleverfetcher.client.MalformedResponseException;
import io.rosterbridge.cleverfetcher.client.Page;
import io.rosterbridge.cleverfetcher.config.FetcherConfig;
import io.rosterbridge.cleverfetcher.entity.EventsCursor;
import io.rosterbridge.cleverfetcher.entity.FetchRun;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.SyncMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The Events API side of runs: seeds the cursor before a full read, decides whether an incremental
 * run can read from its cursor (else it reads in full, saying why), and applies events in order.
 */
@ApplicationScoped
public class EventsReader {

  private static final Logger LOG = Logger.getLogger(EventsReader.class);
  private static final Set<RunFailureReason> FATAL =
      Set.of(
          RunFailureReason.UNAUTHORIZED,
          RunFailureReason.DISTRICT_DISCONNECTED,
          RunFailureReason.INTERRUPTED);

  private final CleverApi api;
  private final ListReader lists;
  private final RunLedger ledger;
  private final Duration maxCursorAge;
  private final Clock clock;

  public EventsReader(
      CleverApi api, ListReader lists, RunLedger ledger, FetcherConfig config, Clock clock) {
    this.api = api;
    this.lists = lists;
    this.ledger = ledger;
    this.maxCursorAge = config.events().maxCursorAge();
    this.clock = clock;
  }

  /** How the run reads; only INCREMENTAL runs look at the cursor, and may fall back. */
  public ReadPlan plan(DistrictSession session, FetchRun run) {
    if (run.requestedMode != SyncMode.INCREMENTAL) {
      return ReadPlan.whole(run.requestedMode, null);
    }
    EventsCursor cursor = ledger.currentCursor(run.districtId).orElse(null);
    if (cursor == null) {
      return fallback("no events cursor yet: no full read with the Events API has completed");
    }
    if (cursor.validFrom.isBefore(clock.instant().minus(maxCursorAge))) {
      return fallback(
          "the events cursor dates from "
              + cursor.validFrom
              + ", over "
              + maxCursorAge.toDays()
              + " days ago");
    }
    String uri =
        "/v3.0/events?limit="
            + session.pageSize()
            + (cursor.eventId == null ? "" : "&starting_after=" + cursor.eventId);
    try {
      Page<EventDoc> first = api.page(session, uri, EventDoc.class);
      ledger.cursor(run.runId, cursor.eventId, cursor.validFrom);
      return ReadPlan.events(first, uri);
    } catch (ClientErrorException | MalformedResponseException e) {
      return fallback("the Events API answer cannot be used: " + e.getMessage());
    }
  }

  /**
   * Reads the events of the plan, recording the cursor after each page, then publishes the latest
   * state of every object they touched, once: an object changed several times in one night (a
   * section whose students moved twice) reaches the roster as it is now, and the run's counts are
   * of distinct records, as the writer counts them.
   */
  public void read(DistrictSession session, RunOutput out, ReadPlan plan) {
    Map<String, EventDoc> latest = new LinkedHashMap<>();
    lists.follow(
        session,
        plan.firstEvents(),
        plan.firstUri(),
        EventDoc.class,
        page -> {
          for (EventDoc event : page) {
            String key = EventApplier.objectKey(event);
            latest.remove(key);
            latest.put(key, event);
          }
          if (!page.isEmpty()) {
            EventDoc last = page.get(page.size() - 1);
            ledger.cursor(out.run().runId, last.id(), createdAt(last));
          }
          out.pageDone();
        });
    latest.values().forEach(event -> EventApplier.apply(out, event));
  }

  /**
   * Seeds the cursor a full read leaves behind: the newest event before reading. Without it (the
   * Events API off or failing) the run still reads; later incremental runs fall back to full.
   */
  public void seed(DistrictSession session, FetchRun run) {
    try {
      List<EventDoc> newest =
          api.page(session, "/v3.0/events?ending_before=last&limit=1", EventDoc.class).items();
      EventDoc last = newest.isEmpty() ? null : newest.get(newest.size() - 1);
      ledger.cursor(
          run.runId,
          last == null ? null : last.id(),
          last == null ? clock.instant() : createdAt(last));
    } catch (CleverFailure e) {
      if (FATAL.contains(e.reason())) {
        throw e;
      }
      LOG.warnf(
          "district %s: no events cursor from run %s: %s",
          run.districtId, run.runId, e.getMessage());
    }
  }

  private static ReadPlan fallback(String reason) {
    return ReadPlan.whole(SyncMode.FULL, reason);
  }

  /** When an event happened: its {@code created}, else the time inside its ObjectID. */
  private Instant createdAt(EventDoc event) {
    try {
      if (event.created() != null) {
        return Instant.parse(event.created());
      }
    } catch (DateTimeParseException e) {
      LOG.debugf("event %s has an unreadable created time", event.id());
    }
    String id = event.id();
    return id.matches("[0-9a-fA-F]{24}")
        ? Instant.ofEpochSecond(Long.parseLong(id.substring(0, 8), 16))
        : clock.instant();
  }
}
