package io.rosterbridge.cleversim.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;

/** Builds generated users from their index, merging teacher, staff and admin roles where chosen. */
final class UserFactory {

  private final Context ctx;
  private final RoleFactory roles;

  UserFactory(Context ctx) {
    this.ctx = ctx;
    this.roles = new RoleFactory(ctx);
  }

  ObjectNode user(int user) {
    Names.Name name = ctx.names.of(user);
    UserKind kind = ctx.layout.kind(user);
    ObjectNode node = Json.object().put("id", ctx.userId(user)).put("district", ctx.districtId);
    String email = email(user, kind);
    if (email != null) {
      node.put("email", email);
    }
    node.set("name", name(name, kind));
    node.put("created", ctx.created).put("last_modified", ctx.modified);
    node.set("roles", roles(user, kind, ctx.layout.local(user)));
    return node;
  }

  boolean hasRole(int user, String role) {
    UserKind kind = ctx.layout.kind(user);
    return switch (role) {
      case "student" -> kind == UserKind.STUDENT;
      case "teacher" -> kind == UserKind.TEACHER;
      case "staff" -> kind == UserKind.STAFF || (kind == UserKind.TEACHER && teacherIsStaff(user));
      case "district_admin" -> kind == UserKind.DISTRICT_ADMIN || alsoAdmin(user, kind);
      case "contact" -> kind == UserKind.CONTACT;
      default -> false;
    };
  }

  private ObjectNode roles(int user, UserKind kind, int local) {
    ObjectNode out = Json.object();
    switch (kind) {
      case STUDENT -> out.set("student", roles.student(user, local));
      case TEACHER -> {
        out.set("teacher", roles.teacher(user, local));
        if (teacherIsStaff(user)) {
          out.set("staff", roles.staff(user, -1, local));
        }
      }
      case STAFF -> out.set("staff", roles.staff(user, local, -1));
      case CONTACT -> out.set("contact", roles.contact(user, local));
      default -> {}
    }
    if (kind == UserKind.DISTRICT_ADMIN || alsoAdmin(user, kind)) {
      out.set("district_admin", roles.districtAdmin(user));
    }
    return out;
  }

  private boolean teacherIsStaff(int user) {
    return Mix.unit(ctx.seed, Mix.MULTI_ROLE, user) < ctx.spec.multiRoleFraction();
  }

  private boolean alsoAdmin(int user, UserKind kind) {
    double roll = Mix.unit(ctx.seed, Mix.MULTI_ROLE, user);
    return switch (kind) {
      case TEACHER -> roll < ctx.spec.multiRoleFraction() / 3;
      case STAFF -> roll < ctx.spec.multiRoleFraction();
      default -> false;
    };
  }

  private static ObjectNode name(Names.Name name, UserKind kind) {
    if (kind == UserKind.CONTACT) {
      // Clever puts a contact's full name in name.last.
      return Json.object().put("last", name.first() + " " + name.last());
    }
    ObjectNode out = Json.object().put("first", name.first());
    if (name.middle() != null) {
      out.put("middle", name.middle());
    }
    return out.put("last", name.last());
  }

  private String email(int user, UserKind kind) {
    double roll = Mix.unit(ctx.seed, Mix.EMAIL, user);
    String local = ctx.usernames.base(user);
    return switch (kind) {
      case STUDENT -> roll < 0.7 ? local + "@students." + ctx.domain : null;
      case CONTACT -> roll < 0.5 ? local + "@example.com" : null;
      default -> local + "@" + ctx.domain;
    };
  }
}
