package io.rosterbridge.cleverfetcher.service;

import io.rosterbridge.cleverfetcher.client.CleverDoc;
import io.rosterbridge.cleverfetcher.client.CleverDocs.CourseDoc;
import io.rosterbridge.cleverfetcher.client.CleverDocs.DistrictDoc;
import io.rosterbridge.cleverfetcher.client.CleverDocs.SchoolDoc;
import io.rosterbridge.cleverfetcher.client.CleverDocs.SectionDoc;
import io.rosterbridge.cleverfetcher.client.CleverDocs.TermDoc;
import io.rosterbridge.cleverfetcher.client.CleverFailure;
import io.rosterbridge.cleverfetcher.client.DistrictSession;
import io.rosterbridge.cleverfetcher.client.UserDoc;
import io.rosterbridge.events.clever.CleverRoleType;
import io.rosterbridge.events.clever.CleverSection;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.CourseFetched;
import io.rosterbridge.events.run.DistrictFetched;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.run.SchoolFetched;
import io.rosterbridge.events.run.SectionFetched;
import io.rosterbridge.events.run.TermFetched;
import io.rosterbridge.events.run.UserFetched;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a whole district from the Data API and publishes it page by page: the district, schools,
 * terms, courses, sections (with their enrollments) and the users of each rostered role. Between
 * pages only the ids of the users published are remembered, so memory grows by an id per user.
 */
@ApplicationScoped
public class FullRead {

  private final ListReader lists;

  public FullRead(ListReader lists) {
    this.lists = lists;
  }

  /** Reads and publishes everything; any failure propagates and fails the run. */
  public void read(DistrictSession session, RunOutput out) {
    String run = out.run().runId;
    String district = session.districtId();
    String limit = "limit=" + session.pageSize();
    lists.read(session, "/v3.0/districts?" + limit, DistrictDoc.class, p -> district(out, p));
    read(
        session,
        out,
        "/v3.0/schools?" + limit,
        SchoolDoc.class,
        d -> out.record(EntityType.SCHOOL, new SchoolFetched(run, district, d.toSchool())));
    read(
        session,
        out,
        "/v3.0/terms?" + limit,
        TermDoc.class,
        d -> out.record(EntityType.TERM, new TermFetched(run, district, d.toTerm())));
    read(
        session,
        out,
        "/v3.0/courses?" + limit,
        CourseDoc.class,
        d -> out.record(EntityType.COURSE, new CourseFetched(run, district, d.toCourse())));
    read(session, out, "/v3.0/sections?" + limit, SectionDoc.class, d -> section(out, d));
    Set<String> usersPublished = new HashSet<>();
    for (CleverRoleType role : UserDoc.ROSTERED) {
      String uri = "/v3.0/users?role=" + UserDoc.key(role) + "&" + limit;
      read(session, out, uri, UserDoc.class, u -> user(out, usersPublished, u));
    }
  }

  /** Publishes a section and counts its enrollments (distinct students and teachers). */
  static void section(RunOutput out, SectionDoc doc) {
    CleverSection section = doc.toSection();
    out.record(
        EntityType.SECTION, new SectionFetched(out.run().runId, out.run().districtId, section));
    out.add(EntityType.ENROLLMENT, enrollments(section));
  }

  /** Distinct students plus distinct teachers of a section. */
  static long enrollments(CleverSection section) {
    return new HashSet<>(section.studentIds()).size() + new HashSet<>(section.teacherIds()).size();
  }

  /**
   * Publishes a user the first time a list holds it. A multi-role user is in several lists, and its
   * roles can change between two of them, so what decides is whether it was published, never which
   * roles it holds now: a user given a role whose list was already read is still published once.
   */
  private static void user(RunOutput out, Set<String> published, UserDoc user) {
    if (published.add(user.id())) {
      out.record(
          EntityType.USER, new UserFetched(out.run().runId, out.run().districtId, user.toUser()));
    }
  }

  private static void district(RunOutput out, List<DistrictDoc> page) {
    String expected = out.run().districtId;
    if (page.size() != 1 || !expected.equals(page.get(0).id())) {
      List<String> ids = page.stream().map(DistrictDoc::id).toList();
      throw new CleverFailure(
          RunFailureReason.UNAUTHORIZED,
          (ids.isEmpty()
                      ? "Clever lists no district for the token of district %s"
                      : "the token of district %s reads districts %s")
                  .formatted(expected, ids)
              + "; a district token reads exactly its own district");
    }
    out.record(
        EntityType.DISTRICT,
        new DistrictFetched(out.run().runId, expected, page.get(0).toDistrict()));
    out.pageDone();
  }

  private <T extends CleverDoc> void read(
      DistrictSession session, RunOutput out, String uri, Class<T> type, Consumer<T> publish) {
    lists.read(
        session,
        uri,
        type,
        page -> {
          page.forEach(publish);
          out.pageDone();
        });
  }
}
