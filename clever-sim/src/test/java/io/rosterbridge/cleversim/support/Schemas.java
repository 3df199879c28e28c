package io.rosterbridge.cleversim.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates JSON text against the simulator's own schemas in {@code classpath:schema/}. */
public final class Schemas {

  private static final String BASE = "https://rosterbridge.io/schema/clever/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:schema/")));
  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The violations of {@code json} against {@code schema/<file>}; empty when valid. */
  public static List<String> violations(String file, String json) {
    Schema schema =
        CACHE.computeIfAbsent(file, f -> REGISTRY.getSchema(SchemaLocation.of(BASE + f)));
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    return errors.stream().map(Error::toString).toList();
  }
}
