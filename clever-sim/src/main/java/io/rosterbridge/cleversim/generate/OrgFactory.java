package io.rosterbridge.cleversim.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;
import io.rosterbridge.cleversim.model.RecordType;

/** Builds the district, its schools, terms and courses. */
final class OrgFactory {

  private final Context ctx;

  OrgFactory(Context ctx) {
    this.ctx = ctx;
  }

  ObjectNode district() {
    String slug = "sd-" + ctx.districtId.substring(0, 8);
    ObjectNode node = Json.object().put("id", ctx.districtId);
    node.put("name", "Simulated Unified School District " + ctx.seed);
    node.put("sis_type", "sftp").put("launch_date", "2021-08-02");
    node.put("portal_url", "https://clever.com/in/" + slug);
    node.set("login_methods", Json.array().add("clever").add("google"));
    node.put("state", "success").put("last_sync", ctx.modified).put("error", "");
    node.put("mdr_number", String.valueOf(1_000_000 + ctx.seed % 1_000_000));
    node.put("nces_id", String.valueOf(600_000 + ctx.seed % 100_000));
    ObjectNode contact = Json.object().put("id", ctx.ids.id(RecordType.DISTRICTS, 1));
    contact.put("district", ctx.districtId).put("email", "it@" + ctx.domain);
    contact.set("name", Json.object().put("first", "Dana").put("last", "Rivera"));
    node.set("district_contact", contact.put("title", "Technology Director"));
    return node;
  }

  ObjectNode school(int school) {
    int level = ctx.schoolLevel(school);
    ObjectNode node = Json.object().put("id", ctx.schoolId(school)).put("district", ctx.districtId);
    node.put("name", Catalog.schoolName(school));
    node.put("sis_id", String.valueOf(100 + school))
        .put("school_number", String.valueOf(100 + school));
    node.put("state_id", "ST-" + (100 + school))
        .put("nces_id", String.valueOf(60_000_000 + school));
    node.put("low_grade", Grades.low(level)).put("high_grade", Grades.high(level));
    node.put("phone", "555-02" + (school % 10) + (school / 10 % 10));
    ObjectNode location = Json.object().put("address", (100 + school) + " Main Street");
    node.set(
        "location", location.put("city", "Springfield").put("state", "CA").put("zip", "94000"));
    String principal = ctx.names.of(school).last();
    node.set(
        "principal",
        Json.object()
            .put("name", "Pat " + principal)
            .put("email", "principal" + school + "@" + ctx.domain));
    return node.put("created", ctx.created).put("last_modified", ctx.modified);
  }

  ObjectNode term(int term) {
    String[] row = Catalog.TERMS[term];
    ObjectNode node = Json.object().put("id", ctx.ids.id(RecordType.TERMS, term));
    return node.put("district", ctx.districtId)
        .put("name", row[0])
        .put("start_date", row[1])
        .put("end_date", row[2]);
  }

  ObjectNode course(int course) {
    ObjectNode node = Json.object().put("id", ctx.ids.id(RecordType.COURSES, course));
    return node.put("district", ctx.districtId)
        .put("name", Catalog.courseName(course))
        .put("number", "C" + (100 + course));
  }
}
