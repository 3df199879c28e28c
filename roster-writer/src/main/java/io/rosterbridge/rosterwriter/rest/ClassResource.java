package io.rosterbridge.rosterwriter.rest;

import io.quarkus.security.Authenticated;
import io.rosterbridge.rosterwriter.entity.Account;
import io.rosterbridge.rosterwriter.entity.Enrollment;
import io.rosterbridge.rosterwriter.entity.Section;
import io.rosterbridge.rosterwriter.rest.Views.ClassRoster;
import io.rosterbridge.rosterwriter.rest.Views.Member;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A class roster: the class (by Clever section id) and its active members. */
@Path("/districts/{districtId}/classes/{classId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ClassResource {

  private final Access access;

  public ClassResource(Access access) {
    this.access = access;
  }

  @GET
  public ClassRoster get(
      @PathParam("districtId") String districtId, @PathParam("classId") String classId) {
    access.requireDistrict(districtId);
    Section section =
        Section.<Section>find("districtId = ?1 and cleverId = ?2", districtId, classId)
            .firstResultOptional()
            .orElseThrow(() -> new NotFoundException("no class " + classId));
    List<Enrollment> enrollments =
        Enrollment.list("sectionId = ?1 and deletedAt is null", section.id);
    Map<String, Account> accounts =
        enrollments.isEmpty()
            ? Map.of()
            : Account.<Account>list("id in ?1", enrollments.stream().map(e -> e.accountId).toList())
                .stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
    List<Member> members =
        enrollments.stream()
            .map(e -> member(e, accounts.get(e.accountId)))
            .sorted(Comparator.comparing(Member::role).thenComparing(Member::accountId))
            .toList();
    return new ClassRoster(
        section.cleverId,
        districtId,
        section.name,
        section.schoolId,
        section.termId,
        section.period,
        section.subject,
        section.grade,
        section.deletedAt == null,
        members);
  }

  private static Member member(Enrollment e, Account a) {
    return new Member(a.id, a.username, a.firstName, a.lastName, e.role, e.primary);
  }
}
