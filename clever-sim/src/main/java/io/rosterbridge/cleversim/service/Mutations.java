package io.rosterbridge.cleversim.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.ApiException;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.model.Timestamps;
import java.time.Clock;
import java.util.List;

/**
 * Changes a district the way a district's SIS would between syncs; every change appends the
 * matching Clever event ({@code users.created}, {@code sections.updated}, {@code schools.deleted}
 * …).
 */
public final class Mutations {

  private static final List<String> CREDENTIAL_ROLES = List.of("student", "teacher", "staff");
  private final District district;
  private final Clock clock;
  private final SectionReferences sections;

  /** Mutations of one district. */
  public Mutations(District district, Clock clock) {
    this.district = district;
    this.clock = clock;
    this.sections = new SectionReferences(district, this);
  }

  /** Adds (shares) an object; its id is minted when absent. Emits {@code <type>.created}. */
  public ObjectNode create(RecordType type, ObjectNode object) {
    return district.write(() -> insert(type, object));
  }

  /** Applies a JSON merge patch. Emits {@code <type>.updated} with previous_attributes. */
  public ObjectNode update(RecordType type, String id, ObjectNode patch) {
    return district.write(() -> applyUpdate(type, id, patch));
  }

  /** Removes (unshares) an object; a removed user also leaves its sections. Emits deleted. */
  public ObjectNode remove(RecordType type, String id) {
    return district.write(
        () -> {
          ObjectNode removed = existing(type, id);
          district.collection(type).remove(id);
          district.appendEvent(type.path() + ".deleted", removed.deepCopy(), null);
          if (type == RecordType.USERS) {
            sections.replace(id, null, null);
          }
          return removed;
        });
  }

  /** Sets {@code district_username} of one role, or of every role with credentials (role null). */
  public ObjectNode changeUsername(String userId, String role, String username) {
    return district.write(
        () -> {
          ObjectNode roles = (ObjectNode) existing(RecordType.USERS, userId).path("roles");
          ObjectNode rolesPatch = Json.object();
          for (String name : role != null ? List.of(role) : CREDENTIAL_ROLES) {
            if (!roles.has(name)) {
              continue;
            }
            ObjectNode credentials = Json.object();
            credentials.set(
                "district_username", username == null ? null : Json.MAPPER.valueToTree(username));
            rolesPatch.putObject(name).set("credentials", credentials);
          }
          if (rolesPatch.isEmpty()) {
            throw ApiException.badRequest("the user has no role with credentials: " + role);
          }
          ObjectNode patch = Json.object();
          patch.set("roles", rolesPatch);
          return applyUpdate(RecordType.USERS, userId, patch);
        });
  }

  /** Moves a student's primary school; the student leaves the old school's sections. */
  public ObjectNode moveStudent(String userId, String schoolId) {
    return district.write(
        () -> {
          existing(RecordType.SCHOOLS, schoolId);
          JsonNode student = existing(RecordType.USERS, userId).path("roles").path("student");
          if (!student.isObject()) {
            throw ApiException.badRequest("not a student: " + userId);
          }
          String old = student.path("school").asText();
          ObjectNode role = Json.object().put("school", schoolId);
          role.set("schools", Json.array().add(schoolId));
          role.set("enrollments", Json.array().add(Json.object().put("school", schoolId)));
          ObjectNode patch = Json.object();
          patch.putObject("roles").set("student", role);
          ObjectNode moved = applyUpdate(RecordType.USERS, userId, patch);
          sections.replace(userId, null, old);
          return moved;
        });
  }

  /** Gives a user a new Clever id: deleted + created events, sections follow the new id. */
  public String reissueUserId(String userId) {
    return district.write(
        () -> {
          ObjectNode user = existing(RecordType.USERS, userId);
          district.collection(RecordType.USERS).remove(userId);
          district.appendEvent("users.deleted", user.deepCopy(), null);
          String newId = district.newId();
          user.put("id", newId).put("last_modified", now());
          insert(RecordType.USERS, user);
          sections.replace(userId, newId, null);
          return newId;
        });
  }

  ObjectNode applyUpdate(RecordType type, String id, ObjectNode patch) {
    ObjectNode before = existing(type, id);
    return replace(type, before, JsonDiff.mergePatch(before, patch).put("id", id));
  }

  /** Stores {@code after} in place of {@code before}; emits updated unless nothing changed. */
  ObjectNode replace(RecordType type, ObjectNode before, ObjectNode after) {
    if (after.equals(before)) {
      return after;
    }
    if (type.hasTimestamps()) {
      after.put("last_modified", now());
    }
    district.collection(type).put(after);
    district.appendEvent(
        type.path() + ".updated", after.deepCopy(), JsonDiff.previous(before, after));
    return after;
  }

  private ObjectNode insert(RecordType type, ObjectNode object) {
    ObjectNode created = Json.object().put("id", object.path("id").asText(district.newId()));
    ObjectNode rest = object.deepCopy();
    rest.remove("id");
    created.setAll(rest);
    if (district.collection(type).contains(created.get("id").asText())) {
      throw new ApiException(409, "already exists: " + created.get("id").asText());
    }
    if (type != RecordType.DISTRICTS && !created.has("district")) {
      created.put("district", district.id());
    }
    if (type.hasTimestamps()) {
      String now = now();
      created.put("created", created.path("created").asText(now));
      created.put("last_modified", created.path("last_modified").asText(now));
    }
    district.collection(type).put(created);
    district.appendEvent(type.path() + ".created", created.deepCopy(), null);
    return created;
  }

  private ObjectNode existing(RecordType type, String id) {
    return district
        .collection(type)
        .get(id)
        .orElseThrow(() -> ApiException.notFound(type.path() + " " + id + " not found"));
  }

  private String now() {
    return Timestamps.format(clock.instant());
  }
}
