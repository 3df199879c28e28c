package io.rosterbridge.cleversim.generate;

import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.store.DistrictData;
import io.rosterbridge.cleversim.store.RecordSource;
import java.util.EnumMap;
import java.util.Map;

/** Turns a {@link GeneratorSpec} into a district whose objects are computed on demand. */
public final class DistrictGenerator {

  private DistrictGenerator() {}

  /** The generated district; costs no memory per object. */
  public static DistrictData generate(GeneratorSpec spec) {
    Context ctx = new Context(spec);
    OrgFactory org = new OrgFactory(ctx);
    UserFactory users = new UserFactory(ctx);
    SectionFactory sections = new SectionFactory(ctx);
    Map<RecordType, RecordSource> sources = new EnumMap<>(RecordType.class);
    sources.put(RecordType.DISTRICTS, source(ctx, RecordType.DISTRICTS, 1, i -> org.district()));
    sources.put(RecordType.SCHOOLS, source(ctx, RecordType.SCHOOLS, spec.schools(), org::school));
    sources.put(
        RecordType.USERS,
        new GeneratedSource(
            ctx.ids, RecordType.USERS, ctx.layout.userCount(), users::user, users::hasRole));
    sources.put(
        RecordType.SECTIONS,
        source(ctx, RecordType.SECTIONS, ctx.layout.sectionCount(), sections::section));
    sources.put(RecordType.TERMS, source(ctx, RecordType.TERMS, Catalog.TERMS.length, org::term));
    sources.put(
        RecordType.COURSES, source(ctx, RecordType.COURSES, Catalog.COURSES.length, org::course));
    return new DistrictData(ctx.districtId, sources, RecordSource.EMPTY);
  }

  private static RecordSource source(
      Context ctx,
      RecordType type,
      int size,
      java.util.function.IntFunction<com.fasterxml.jackson.databind.node.ObjectNode> factory) {
    return new GeneratedSource(ctx.ids, type, size, factory, null);
  }
}
