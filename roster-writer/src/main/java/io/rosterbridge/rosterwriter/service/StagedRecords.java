package io.rosterbridge.rosterwriter.service;

import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.CleverCourse;
import io.rosterbridge.events.clever.CleverDistrict;
import io.rosterbridge.events.clever.CleverName;
import io.rosterbridge.events.clever.CleverSchool;
import io.rosterbridge.events.clever.CleverSection;
import io.rosterbridge.events.clever.CleverTerm;
import io.rosterbridge.events.clever.CleverUser;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.identity.UserResolved;
import io.rosterbridge.events.run.CourseFetched;
import io.rosterbridge.events.run.DistrictFetched;
import io.rosterbridge.events.run.RecordRemoved;
import io.rosterbridge.events.run.SchoolFetched;
import io.rosterbridge.events.run.SectionFetched;
import io.rosterbridge.events.run.TermFetched;
import io.rosterbridge.rosterwriter.repository.StageTable;
import io.rosterbridge.rosterwriter.repository.StagingRepository;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The staging rows of a batch of run records, one handler per record type. A record that cannot be
 * staged (a missing id) is refused with an {@link IllegalArgumentException} saying why.
 */
public final class StagedRecords {

  private static final Map<Class<?>, BiConsumer<StagedRecords, RosterChangesMessage>> HANDLERS =
      Map.of(
          DistrictFetched.class, (s, m) -> s.district((DistrictFetched) m),
          SchoolFetched.class, (s, m) -> s.school((SchoolFetched) m),
          TermFetched.class, (s, m) -> s.term((TermFetched) m),
          CourseFetched.class, (s, m) -> s.course((CourseFetched) m),
          SectionFetched.class, (s, m) -> s.section((SectionFetched) m),
          UserResolved.class, (s, m) -> s.user((UserResolved) m),
          RecordRemoved.class, (s, m) -> s.removal((RecordRemoved) m));

  private final Map<StageTable, List<Object[]>> rows = StagingRepository.emptyRows();
  private final Map<String, String> runs = new HashMap<>();

  /** True for the record types that are staged (everything but run-control messages). */
  public static boolean isRecord(RosterChangesMessage message) {
    return HANDLERS.containsKey(message.getClass());
  }

  /** Adds the rows of one record. */
  public void add(RosterChangesMessage message) {
    require(message.runId(), "runId");
    require(message.districtId(), "districtId");
    HANDLERS.get(message.getClass()).accept(this, message);
    runs.put(message.runId(), message.districtId());
  }

  /** The rows per staging table. */
  public Map<StageTable, List<Object[]>> rows() {
    return rows;
  }

  /** The runs (id to district id) the rows belong to. */
  public Map<String, String> runs() {
    return runs;
  }

  /**
   * How many records of each type the rows hold, per run: districts, schools, terms, courses,
   * sections, their enrollments, users, and removals under the type they remove.
   */
  public Map<String, Map<EntityType, Long>> counts() {
    Map<String, Map<EntityType, Long>> counts = new HashMap<>();
    rows.forEach(
        (table, list) -> {
          for (Object[] row : list) {
            EntityType type = countedAs(table, row);
            if (type != null) {
              counts
                  .computeIfAbsent((String) row[0], run -> new EnumMap<>(EntityType.class))
                  .merge(type, 1L, Long::sum);
            }
          }
        });
    return counts;
  }

  private static EntityType countedAs(StageTable table, Object[] row) {
    return switch (table) {
      case DISTRICT -> EntityType.DISTRICT;
      case SCHOOL -> EntityType.SCHOOL;
      case TERM -> EntityType.TERM;
      case COURSE -> EntityType.COURSE;
      case SECTION -> EntityType.SECTION;
      case ENROLLMENT -> EntityType.ENROLLMENT;
      case USER -> EntityType.USER;
      case REMOVAL -> EntityType.valueOf((String) row[1]);
      case USER_ROLE -> null;
    };
  }

  /** True when nothing was added. */
  public boolean isEmpty() {
    return runs.isEmpty();
  }

  /** Keeps only the rows of the given runs. */
  public void retainRuns(Set<String> runIds) {
    rows.values().forEach(list -> list.removeIf(row -> !runIds.contains((String) row[0])));
    runs.keySet().retainAll(runIds);
  }

  private void district(DistrictFetched m) {
    CleverDistrict d = required(m.district(), "district");
    put(StageTable.DISTRICT, m.runId(), require(d.id(), "district.id"), d.name(), d.state());
  }

  private void school(SchoolFetched m) {
    CleverSchool s = required(m.school(), "school");
    put(
        StageTable.SCHOOL,
        m.runId(),
        require(s.id(), "school.id"),
        s.name(),
        s.sisId(),
        s.schoolNumber(),
        s.lowGrade(),
        s.highGrade());
  }

  private void term(TermFetched m) {
    CleverTerm t = required(m.term(), "term");
    put(
        StageTable.TERM,
        m.runId(),
        require(t.id(), "term.id"),
        t.name(),
        CleverDates.parse(t.startDate()),
        CleverDates.parse(t.endDate()));
  }

  private void course(CourseFetched m) {
    CleverCourse c = required(m.course(), "course");
    put(StageTable.COURSE, m.runId(), require(c.id(), "course.id"), c.name(), c.number());
  }

  private void section(SectionFetched m) {
    CleverSection s = required(m.section(), "section");
    String id = require(s.id(), "section.id");
    put(
        StageTable.SECTION,
        m.runId(),
        id,
        s.schoolId(),
        s.termId(),
        s.courseId(),
        s.name(),
        s.period(),
        s.subject(),
        s.grade());
    for (SectionMembers.Member member : SectionMembers.of(s)) {
      put(
          StageTable.ENROLLMENT,
          m.runId(),
          id,
          member.cleverUserId(),
          member.role(),
          member.primary());
    }
  }

  private void user(UserResolved m) {
    CleverUser user = required(m.user(), "user");
    String cleverId = require(user.id(), "user.id");
    CleverName name = user.name() == null ? new CleverName(null, null, null) : user.name();
    put(
        StageTable.USER,
        m.runId(),
        cleverId,
        require(m.accountId(), "accountId"),
        m.username(),
        m.usernameKey(),
        required(m.outcome(), "outcome").name(),
        m.conflict() == null || m.conflict().reason() == null ? null : m.conflict().reason().name(),
        m.conflict() == null ? null : m.conflict().message(),
        name.first(),
        name.middle(),
        name.last(),
        m.previousUsername(),
        m.previousCleverUserId());
    for (UserRoles.Grant grant : UserRoles.of(user)) {
      put(StageTable.USER_ROLE, m.runId(), cleverId, grant.role().name(), grant.schoolId());
    }
  }

  private void removal(RecordRemoved m) {
    put(
        StageTable.REMOVAL,
        m.runId(),
        required(m.entityType(), "entityType").name(),
        require(m.cleverId(), "cleverId"));
  }

  private void put(StageTable table, Object... row) {
    rows.get(table).add(row);
  }

  private static String require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("record without " + field);
    }
    return value;
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("record without " + field);
    }
    return value;
  }
}
