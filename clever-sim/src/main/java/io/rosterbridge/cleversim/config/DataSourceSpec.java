package io.rosterbridge.cleversim.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one district's data comes from: a generator spec or a folder of Clever list responses.
 *
 * @param generator the spec to generate from, or null
 * @param dumpDir the folder to load, or null
 * @param token the district token to use, or null for a random one
 */
public record DataSourceSpec(GeneratorSpec generator, Path dumpDir, String token) {

  /** Exactly one of generator and dump folder. */
  public DataSourceSpec {
    if ((generator == null) == (dumpDir == null)) {
      throw new IllegalArgumentException("give exactly one of a generator spec and a dump folder");
    }
  }

  /** A generated district. */
  public static DataSourceSpec generated(GeneratorSpec spec) {
    return new DataSourceSpec(Objects.requireNonNull(spec), null, null);
  }

  /** A district loaded from a dump folder. */
  public static DataSourceSpec dump(Path dir) {
    return new DataSourceSpec(null, Objects.requireNonNull(dir), null);
  }

  /** The same source with a fixed district token. */
  public DataSourceSpec withToken(String fixedToken) {
    return new DataSourceSpec(generator, dumpDir, fixedToken);
  }
}
