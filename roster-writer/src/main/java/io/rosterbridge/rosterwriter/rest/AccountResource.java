package io.rosterbridge.rosterwriter.rest;

import io.quarkus.security.Authenticated;
import io.rosterbridge.rosterwriter.entity.Account;
import io.rosterbridge.rosterwriter.entity.AccountRole;
import io.rosterbridge.rosterwriter.entity.Enrollment;
import io.rosterbridge.rosterwriter.entity.Section;
import io.rosterbridge.rosterwriter.rest.Views.AccountView;
import io.rosterbridge.rosterwriter.rest.Views.ClassMembership;
import io.rosterbridge.rosterwriter.rest.Views.RoleView;
import io.rosterbridge.rosterwriter.service.AccountAdmin;
import io.rosterbridge.rosterwriter.service.AccountNotFoundException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An account with its roles and classes; an admin's restore of a soft-deleted account. */
@Path("/accounts/{accountId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

  private final Access access;
  private final AccountAdmin admin;

  public AccountResource(Access access, AccountAdmin admin) {
    this.access = access;
    this.admin = admin;
  }

  @GET
  public AccountView get(@PathParam("accountId") String accountId) {
    return view(visible(accountId));
  }

  /**
   * Restores a soft-deleted account; it stays active as a manual override while Clever lacks it.
   */
  @POST
  @Path("/restore")
  public AccountView restore(@PathParam("accountId") String accountId) {
    visible(accountId);
    return view(admin.restore(accountId, access.actor()));
  }

  static AccountView view(Account a) {
    List<RoleView> roles =
        AccountRole.<AccountRole>list(
                "accountId = ?1 and deletedAt is null order by role, schoolId", a.id)
            .stream()
            .map(r -> new RoleView(r.role.name(), r.schoolId, r.source.name()))
            .toList();
    return new AccountView(
        a.id,
        a.districtId,
        a.cleverUserId,
        a.username,
        a.source.name(),
        a.status.name(),
        a.adminOverride,
        a.firstName,
        a.lastName,
        a.version,
        roles,
        classes(a.id));
  }

  private static List<ClassMembership> classes(String accountId) {
    List<Enrollment> enrollments =
        Enrollment.list("accountId = ?1 and deletedAt is null", accountId);
    if (enrollments.isEmpty()) {
      return List.of();
    }
    Map<Long, Section> sections =
        Section.<Section>list("id in ?1", enrollments.stream().map(e -> e.sectionId).toList())
            .stream()
            .collect(Collectors.toMap(s -> s.id, Function.identity()));
    return enrollments.stream()
        .map(e -> membership(e, sections.get(e.sectionId)))
        .sorted((x, y) -> x.classId().compareTo(y.classId()))
        .toList();
  }

  private static ClassMembership membership(Enrollment e, Section s) {
    return new ClassMembership(s.cleverId, s.name, s.schoolId, e.role, e.primary);
  }

  /** The account if the caller may see it; 404 only for callers who may see every account. */
  private Account visible(String accountId) {
    Account account = Account.findById(accountId);
    access.requireRecord("account", accountId, account == null ? null : account.districtId);
    if (account == null) {
      throw new AccountNotFoundException(accountId);
    }
    return account;
  }
}
