package io.rosterbridge.rosterwriter.service;

import static io.rosterbridge.rosterwriter.fixtures.TestUser.student;
import static io.rosterbridge.rosterwriter.fixtures.TestUser.teacher;

import io.rosterbridge.events.RosterChangesMessage;
import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.run.RunFailed;
import io.rosterbridge.events.run.RunFailureReason;
import io.rosterbridge.events.sync.RunStage;
import io.rosterbridge.rosterwriter.fixtures.TestRun;
import io.rosterbridge.rosterwriter.fixtures.TestUser;
import io.rosterbridge.rosterwriter.service.GuardScenario.Fate;
import io.rosterbridge.rosterwriter.service.GuardScenario.RunPlan;
import io.rosterbridge.rosterwriter.service.GuardScenario.SectionPlan;
import io.rosterbridge.rosterwriter.service.GuardScenario.Universe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One run of a {@link GuardScenario} as the matcher would publish it: the records the plan draws
 * from the universe, Clever users linked to imported accounts, and how the run ends. Knows what it
 * contains per entity type (Clever ids; account ids for users; {@code section/user} for
 * enrollments).
 */
final class ScenarioRun {

  /** Imported account ids by CSV row, which a run's Clever users may be linked to. */
  record Imported(List<String> legacy, List<String> districtAdmins, List<String> schoolAdmins) {}

  private final TestRun run;
  private final Fate fate;
  private final Random random;
  private final RunPlan plan;
  private final Map<EntityType, Set<String>> present = new EnumMap<>(EntityType.class);
  private final Set<String> users = new TreeSet<>();
  private final List<RosterChangesMessage> messages;

  private ScenarioRun(TestRun run, Universe universe, RunPlan plan, Imported imported) {
    this.run = run;
    this.fate = plan.fate();
    this.plan = plan;
    this.random = new Random(plan.seed());
    for (EntityType type : GuardPropertiesIT.SWEPT) {
      present.put(type, new TreeSet<>());
    }
    draw(universe, imported);
    if (fate == Fate.INCOMPLETE) {
      run.claimCount(EntityType.USER, users.size() + 1L);
    }
    this.messages = messagesOf(run, fate);
  }

  /** The run drawn from the universe by the plan, as the next run of {@code empty}'s district. */
  static ScenarioRun of(TestRun empty, Universe universe, RunPlan plan, Imported imported) {
    return new ScenarioRun(empty, universe, plan, imported);
  }

  TestRun run() {
    return run;
  }

  Fate fate() {
    return fate;
  }

  /** What the run contains of a type. */
  Set<String> present(EntityType type) {
    return present.get(type);
  }

  /** The messages as delivered (the same list again is a replay). */
  List<RosterChangesMessage> messages() {
    return messages;
  }

  private void draw(Universe u, Imported imported) {
    for (int i = 1; i <= u.schools(); i++) {
      keep(EntityType.SCHOOL, "s" + i, run::school);
    }
    for (int i = 1; i <= u.terms(); i++) {
      keep(EntityType.TERM, "t" + i, run::term);
    }
    for (int i = 1; i <= u.courses(); i++) {
      keep(EntityType.COURSE, "c" + i, run::course);
    }
    for (int i = 1; i <= u.teachers(); i++) {
      String id = "tch" + i;
      keepUser(renamed(teacher(id, school(u, i))));
    }
    for (int i = 1; i <= u.students(); i++) {
      keepUser(renamed(student("u" + i, school(u, i))));
    }
    List<String> linked = new ArrayList<>();
    link(imported.legacy(), "lu", "legacy", false, linked);
    link(imported.districtAdmins(), "mt", "dadmin", true, linked);
    link(imported.schoolAdmins(), "ms", "sadmin", true, linked);
    List<SectionPlan> sections = u.sections();
    for (int k = 0; k < sections.size(); k++) {
      section(k, sections.get(k), linkedStudents(linked, k, sections.size()));
    }
  }

  private void section(int index, SectionPlan plan, List<String> extraStudents) {
    String id = "sec" + (index + 1);
    if (dropped(this.plan.dropPercent())) {
      return;
    }
    present.get(EntityType.SECTION).add(id);
    String teacher = plan.teacher() < 0 ? null : member("tch" + (plan.teacher() + 1));
    List<String> students = new ArrayList<>();
    plan.students().forEach(s -> addIfPresent(students, member("u" + (s + 1))));
    extraStudents.forEach(s -> addIfPresent(students, member(s)));
    run.section(
        id,
        "s" + (plan.school() + 1),
        "t" + (plan.term() + 1),
        teacher,
        students.toArray(String[]::new));
    if (teacher != null) {
      present.get(EntityType.ENROLLMENT).add(id + "/" + teacher);
    }
    students.forEach(s -> present.get(EntityType.ENROLLMENT).add(id + "/" + s));
  }

  /** The Clever user id when the user is in this run and stays a member, else null. */
  private String member(String cleverId) {
    boolean stays = !dropped(plan.memberDropPercent());
    return users.contains(cleverId) && stays ? cleverId : null;
  }

  private void link(
      List<String> accounts, String prefix, String username, boolean staff, List<String> linked) {
    for (int k = 1; k <= accounts.size(); k++) {
      if (random.nextInt(100) >= plan.linkPercent()) {
        continue;
      }
      String cleverId = prefix + k;
      TestUser user = staff ? teacher(cleverId, "s1") : student(cleverId, "s1");
      boolean rename = random.nextInt(100) < plan.renamePercent();
      user = user.named(username + k + (rename ? ".renamed" : ""));
      user = (rename ? user.lastName("Renamed") : user).linkedTo(accounts.get(k - 1));
      addUser(user);
      if (!staff) {
        linked.add(cleverId);
      }
    }
  }

  private void keepUser(TestUser user) {
    if (!dropped(plan.dropPercent())) {
      addUser(user);
    }
  }

  private void addUser(TestUser user) {
    run.user(user);
    users.add(user.cleverId());
    present.get(EntityType.USER).add(run.accountOf(user.cleverId()));
  }

  private TestUser renamed(TestUser user) {
    return random.nextInt(100) < plan.renamePercent()
        ? user.named(user.cleverId() + ".renamed")
        : user;
  }

  private void keep(EntityType type, String id, Consumer<String> add) {
    if (!dropped(plan.dropPercent())) {
      add.accept(id);
      present.get(type).add(id);
    }
  }

  private boolean dropped(int percent) {
    return random.nextInt(100) < percent;
  }

  private static List<String> linkedStudents(List<String> linked, int section, int sections) {
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < linked.size(); i++) {
      if (i % sections == section) {
        mine.add(linked.get(i));
      }
    }
    return mine;
  }

  private static void addIfPresent(List<String> ids, String id) {
    if (id != null) {
      ids.add(id);
    }
  }

  private static String school(Universe u, int index) {
    return "s" + (index % u.schools() + 1);
  }

  private static List<RosterChangesMessage> messagesOf(TestRun run, Fate fate) {
    List<RosterChangesMessage> messages = new ArrayList<>(run.messages());
    if (fate == Fate.FAILED) {
      messages.set(
          messages.size() - 1,
          new RunFailed(
              run.runId(),
              run.districtId(),
              RunStage.FETCH,
              RunFailureReason.SERVER_ERROR,
              "Clever answered 503",
              Instant.now()));
    }
    return List.copyOf(messages);
  }
}
