package io.rosterbridge.cleversim.generate;

import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.model.Timestamps;
import java.time.Instant;

/** What every object factory of one generated district shares. */
final class Context {

  final GeneratorSpec spec;
  final long seed;
  final Layout layout;
  final Ids ids;
  final Names names;
  final Usernames usernames;
  final String districtId;
  final String domain;
  final String created;
  final String modified;

  Context(GeneratorSpec spec) {
    this.spec = spec;
    this.seed = spec.seed();
    this.layout = new Layout(spec);
    this.ids = new Ids(spec.seed());
    this.names = new Names(spec.seed(), spec.messiness());
    this.districtId = ids.id(RecordType.DISTRICTS, 0);
    this.domain = "sd" + districtId.substring(2, 8) + ".example.org";
    this.usernames = new Usernames(spec.seed(), spec.messiness(), names, domain);
    Instant start = Instant.ofEpochSecond(ids.epochSeconds()).plusMillis(356);
    this.created = Timestamps.format(start);
    this.modified = Timestamps.format(start.plusSeconds(86_400 * 30L));
  }

  String schoolId(int school) {
    return ids.id(RecordType.SCHOOLS, school);
  }

  String userId(int user) {
    return ids.id(RecordType.USERS, user);
  }

  /** 0 elementary, 1 middle, 2 high school. */
  int schoolLevel(int school) {
    return school % 3;
  }

  /** Whether a student or teacher also belongs to the next school. */
  boolean multiSchool(int user) {
    return spec.schools() > 1
        && Mix.unit(seed, Mix.MULTI_SCHOOL, user) < spec.multiSchoolFraction();
  }
}
