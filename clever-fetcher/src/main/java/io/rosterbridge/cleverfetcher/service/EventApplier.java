package io.rosterbridge.cleverfetcher.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleverfetcher.client.CleverDoc;
import io.rosterbridge.cleverfetcher.client.CleverDocs.CourseDoc;
import io.rosterbridge.cleverfetcher.client.CleverDocs.DistrictDoc;
import io.rosterbridge.cleverfetcher.client.CleverDocs.EventDoc;
import io.rosterbridge.cleverfetcher.client.CleverDocs.SchoolDoc;
import io.rosterbridge.cleverfetcher.client.CleverDocs.SectionDoc;
import io.rosterbridge.cleverfetcher.client.CleverDocs.TermDoc;
import io.rosterbridge.cleverfetcher.client.CleverJson;
import io.rosterbridge.cleverfetcher.client.MalformedResponseException;
import io.rosterbridge.cleverfetcher.client.UserDoc;
import io.rosterbridge.cleverfetcher.entity.FetchRun;
import io.rosterbridge.events.CleverRecordsMessage;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.CourseFetched;
import io.rosterbridge.events.run.DistrictFetched;
import io.rosterbridge.events.run.RecordRemoved;
import io.rosterbridge.events.run.SchoolFetched;
import io.rosterbridge.events.run.SectionFetched;
import io.rosterbridge.events.run.TermFetched;
import io.rosterbridge.events.run.UserFetched;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Publishes one Events API event: {@code <type>.created} and {@code .updated} as the object's
 * {@code *Fetched} message, {@code .deleted} as a {@link RecordRemoved}. A user the event leaves
 * without a rostered role (contact only) is removed too. Events of other types (resources) are not
 * rostered and are passed over.
 */
final class EventApplier {

  /** How one record type of the Events API becomes messages. */
  private record Kind<T extends CleverDoc>(
      EntityType type, Class<T> doc, BiFunction<FetchRun, T, CleverRecordsMessage> fetched) {}

  private static final Map<String, Kind<?>> KINDS =
      Map.of(
          "districts",
          new Kind<>(
              EntityType.DISTRICT,
              DistrictDoc.class,
              (r, d) -> new DistrictFetched(r.runId, r.districtId, d.toDistrict())),
          "schools",
          new Kind<>(
              EntityType.SCHOOL,
              SchoolDoc.class,
              (r, d) -> new SchoolFetched(r.runId, r.districtId, d.toSchool())),
          "terms",
          new Kind<>(
              EntityType.TERM,
              TermDoc.class,
              (r, d) -> new TermFetched(r.runId, r.districtId, d.toTerm())),
          "courses",
          new Kind<>(
              EntityType.COURSE,
              CourseDoc.class,
              (r, d) -> new CourseFetched(r.runId, r.districtId, d.toCourse())),
          "sections",
          new Kind<>(
              EntityType.SECTION,
              SectionDoc.class,
              (r, d) -> new SectionFetched(r.runId, r.districtId, d.toSection())),
          "users",
          new Kind<>(
              EntityType.USER,
              UserDoc.class,
              (r, d) -> new UserFetched(r.runId, r.districtId, d.toUser())));

  private EventApplier() {}

  /** Which object the event is about: {@code <record type>:<id>}; fails for a malformed event. */
  static String objectKey(EventDoc event) {
    String type = checkedType(event);
    return type.substring(0, type.lastIndexOf('.'))
        + ":"
        + event.data().object().get("id").asText();
  }

  /** Publishes what the event means for the roster, if anything. */
  static void apply(RunOutput out, EventDoc event) {
    String type = checkedType(event);
    int dot = type.lastIndexOf('.');
    ObjectNode object = event.data().object();
    Kind<?> kind = KINDS.get(type.substring(0, dot));
    if (kind != null) {
      publish(out, kind, type.substring(dot + 1), object, event.id());
    }
  }

  private static String checkedType(EventDoc event) {
    String type = event.type() == null ? "" : event.type();
    int dot = type.lastIndexOf('.');
    ObjectNode object = event.data() == null ? null : event.data().object();
    if (dot <= 0 || object == null || !object.path("id").isTextual()) {
      throw new MalformedResponseException(
          "event "
              + event.id()
              + " is not {\"type\":\"<record>.<action>\",\"data\":{\"object\":…}}");
    }
    return type;
  }

  private static <T extends CleverDoc> void publish(
      RunOutput out, Kind<T> kind, String action, ObjectNode object, String eventId) {
    T doc = read(object, kind.doc(), eventId);
    switch (action) {
      case "created", "updated" -> {
        if (doc instanceof UserDoc user && !user.rostered()) {
          // Its rostered roles may have gone in this very event, or in one merged into it; a
          // removal of a user the roster never held changes nothing.
          remove(out, kind, doc);
        } else {
          fetched(out, kind, doc);
        }
      }
      case "deleted" -> remove(out, kind, doc);
      default -> {
        // Not a change of the record itself; nothing to roster.
      }
    }
  }

  private static <T extends CleverDoc> void fetched(RunOutput out, Kind<T> kind, T doc) {
    out.record(kind.type(), kind.fetched().apply(out.run(), doc));
    if (doc instanceof SectionDoc section) {
      out.add(EntityType.ENROLLMENT, FullRead.enrollments(section.toSection()));
    }
  }

  private static void remove(RunOutput out, Kind<?> kind, CleverDoc doc) {
    FetchRun run = out.run();
    out.record(kind.type(), new RecordRemoved(run.runId, run.districtId, kind.type(), doc.id()));
  }

  private static <T> T read(ObjectNode object, Class<T> type, String eventId) {
    try {
      return CleverJson.MAPPER.treeToValue(object, type);
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException(
          "event " + eventId + ": unreadable object (" + e.getOriginalMessage() + ")", e);
    }
  }
}
