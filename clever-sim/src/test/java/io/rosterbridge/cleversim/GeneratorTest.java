package io.rosterbridge.cleversim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.Messiness;
import io.rosterbridge.cleversim.generate.DistrictGenerator;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.store.DistrictData;
import io.rosterbridge.cleversim.store.RecordSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generator is deterministic, realistic in structure and messy on request. */
class GeneratorTest {

  private static final GeneratorSpec CLEAN =
      new GeneratorSpec(5, 3, 900, 36, 6, 2, 40, 6, 0.25, 0.1, 0.3, Messiness.NONE);

  @Test
  void theSameSpecGivesTheSameDistrictAndAnotherSeedAnotherOne() {
    RecordSource a = users(CLEAN);
    RecordSource b = users(CLEAN);
    RecordSource c =
        users(new GeneratorSpec(6, 3, 900, 36, 6, 2, 40, 6, 0.25, 0.1, 0.3, Messiness.NONE));
    for (int i = 0; i < a.size(); i += 37) {
      assertThat(a.get(i)).isEqualTo(b.get(i));
    }
    assertThat(a.id(0)).isNotEqualTo(c.id(0));
    assertThat(a.size()).isEqualTo(CLEAN.userCount()).isEqualTo(984);
    for (int i = 1; i < a.size(); i++) {
      assertThat(a.id(i)).matches("[0-9a-f]{24}").isGreaterThan(a.id(i - 1));
      assertThat(a.indexOf(a.id(i))).isEqualTo(i);
    }
  }

  @Test
  void everyStudentSitsInOneSectionPerPeriodOfTheirSchool() {
    DistrictData district = DistrictGenerator.generate(CLEAN);
    RecordSource sections = district.source(RecordType.SECTIONS);
    RecordSource users = district.source(RecordType.USERS);
    assertThat(sections.size()).isEqualTo(36 * 6);
    Map<String, Integer> perStudent = new HashMap<>();
    int coTaught = 0;
    for (int s = 0; s < sections.size(); s++) {
      ObjectNode section = sections.get(s);
      section.get("students").forEach(id -> perStudent.merge(id.asText(), 1, Integer::sum));
      assertThat(section.get("teachers").get(0)).isEqualTo(section.get("teacher"));
      coTaught += section.get("teachers").size() > 1 ? 1 : 0;
      String school = section.get("school").asText();
      section
          .get("students")
          .forEach(
              id ->
                  assertThat(
                          users
                              .get(users.indexOf(id.asText()))
                              .at("/roles/student/school")
                              .asText())
                      .isEqualTo(school));
    }
    assertThat(perStudent).hasSize(900);
    assertThat(perStudent.values()).containsOnly(6);
    assertThat(coTaught).isBetween(30, 80);
  }

  @Test
  void multiSchoolAndMergedMultiRoleUsersExist() {
    RecordSource users = users(CLEAN);
    int multiSchool =
        count(
            users,
            u ->
                u.at("/roles/student/schools").size() > 1
                    || u.at("/roles/teacher/schools").size() > 1);
    int teacherStaff =
        count(users, u -> u.get("roles").has("teacher") && u.get("roles").has("staff"));
    int threeRoles = count(users, u -> u.get("roles").size() == 3);
    assertThat(multiSchool).isBetween(50, 150);
    assertThat(teacherStaff).isBetween(4, 20);
    assertThat(threeRoles).isPositive().isLessThanOrEqualTo(teacherStaff);
    assertThat(
            count(
                users,
                u ->
                    u.get("roles").has("district_admin")
                        && u.at("/roles/district_admin/schools").isMissingNode()))
        .isGreaterThan(2);
    assertThat(count(users, u -> u.get("roles").has("contact"))).isEqualTo(40);
    assertThat(
            count(
                users,
                u -> u.get("roles").has("staff") && u.at("/roles/staff/school").isMissingNode()))
        .isEqualTo(count(users, u -> u.get("roles").has("staff")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"missing", "empty", "blank", "duplicate", "email", "case", "space"})
  void eachUsernameMessinessProducesItsKind(String kind) {
    double[] f = new double[7];
    f[
            java.util.List.of("missing", "empty", "blank", "duplicate", "email", "case", "space")
                .indexOf(kind)] =
        1.0;
    Messiness messy = new Messiness(f[0], f[1], f[2], f[3], f[4], f[5], f[6], 0, 0, 0);
    RecordSource users =
        users(new GeneratorSpec(5, 3, 300, 12, 3, 1, 10, 6, 0.25, 0.1, 0.3, messy));
    RecordSource clean =
        users(new GeneratorSpec(5, 3, 300, 12, 3, 1, 10, 6, 0.25, 0.1, 0.3, Messiness.NONE));
    for (int i = 1; i < 300; i++) {
      JsonNode credentials = users.get(i).at("/roles/student/credentials");
      String name = credentials.path("district_username").asText(null);
      String base = clean.get(i).at("/roles/student/credentials/district_username").asText();
      String previous =
          clean.get(i - 1).at("/roles/student/credentials/district_username").asText();
      switch (kind) {
        case "missing" -> assertThat(name).isNull();
        case "empty" -> assertThat(name).isEmpty();
        case "blank" -> assertThat(name).isNotEmpty().matches("[\\p{Z}\\s]+");
        case "duplicate" -> assertThat(name).isEqualTo(previous);
        case "email" ->
            assertThat(name).startsWith(base + "@").matches(".+@sd[0-9a-f]{6}\\.example\\.org");
        case "case" -> assertThat(name).isNotEqualTo(base).isEqualToIgnoringCase(base);
        default ->
            assertThat(name.replaceAll("^[\\p{Z}\\s]+|[\\p{Z}\\s]+$", ""))
                .isEqualTo(base)
                .isNotEqualTo(name);
      }
    }
  }

  @Test
  void typicalMessinessHitsRoughlyTheConfiguredFractions() {
    RecordSource users = users(GeneratorSpec.ofUsers(3, 20_000));
    int students = count(users, u -> u.get("roles").has("student"));
    int empty =
        count(
            users,
            u -> "".equals(u.at("/roles/student/credentials/district_username").asText(null)));
    int emailShaped =
        count(
            users,
            u -> u.at("/roles/student/credentials/district_username").asText("").contains("@"));
    int nonAscii = count(users, u -> !u.at("/name/last").asText().matches("[\\x20-\\x7e]*"));
    int longNames = count(users, u -> u.at("/name/last").asText().length() > 255);
    assertThat(empty / (double) students).isBetween(0.005, 0.015);
    assertThat(emailShaped / (double) students).isBetween(0.02, 0.04);
    assertThat(nonAscii / 20_000.0).isBetween(0.03, 0.07);
    assertThat(longNames).isBetween(10, 80);
    Set<String> keys = new HashSet<>();
    int collisions =
        count(
            users,
            u -> {
              String name = u.at("/roles/student/credentials/district_username").asText(null);
              return name != null
                  && !name.isBlank()
                  && !keys.add(name.strip().toLowerCase(Locale.ROOT));
            });
    assertThat(collisions).isPositive();
  }

  private static RecordSource users(GeneratorSpec spec) {
    return DistrictGenerator.generate(spec).source(RecordType.USERS);
  }

  private static int count(RecordSource users, Predicate<JsonNode> test) {
    int n = 0;
    for (int i = 0; i < users.size(); i++) {
      n += test.test(users.get(i)) ? 1 : 0;
    }
    return n;
  }
}
