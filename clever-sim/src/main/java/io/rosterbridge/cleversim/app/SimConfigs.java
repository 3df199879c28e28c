package io.rosterbridge.cleversim.app;

import io.rosterbridge.cleversim.config.DataSourceSpec;
import io.rosterbridge.cleversim.config.GeneratorSpec;
import io.rosterbridge.cleversim.config.Messiness;
import io.rosterbridge.cleversim.config.SimConfig;
import java.nio.file.Path;

/** Maps the app's typed configuration onto the simulator's plain {@link SimConfig}. */
final class SimConfigs {

  private SimConfigs() {}

  static SimConfig from(CleverSimConfig config) {
    DataSourceSpec source =
        config
            .dumpDir()
            .map(dir -> DataSourceSpec.dump(Path.of(dir)))
            .orElseGet(() -> DataSourceSpec.generated(generator(config.generate())));
    if (config.districtToken().isPresent()) {
      source = source.withToken(config.districtToken().get());
    }
    SimConfig.Builder builder =
        SimConfig.builder()
            .client(config.clientId(), config.clientSecret())
            .redirectUris(config.redirectUris())
            .rateLimitPerMinute(config.rateLimitPerMinute())
            .issuer(config.issuer())
            .codeTtl(config.codeTtl())
            .source(source);
    config.publicUrl().ifPresent(builder::publicUrl);
    return builder.build();
  }

  static GeneratorSpec generator(CleverSimConfig.Generate g) {
    return new GeneratorSpec(
        g.seed(),
        g.schools(),
        g.students(),
        g.teachers(),
        g.staff(),
        g.districtAdmins(),
        g.contacts(),
        g.periods(),
        g.coTeacherFraction(),
        g.multiSchoolFraction(),
        g.multiRoleFraction(),
        messiness(g.messiness()));
  }

  private static Messiness messiness(CleverSimConfig.Messiness m) {
    return new Messiness(
        m.usernameMissing(),
        m.usernameEmpty(),
        m.usernameBlank(),
        m.usernameDuplicate(),
        m.usernameEmailShaped(),
        m.usernameCaseVariant(),
        m.usernameSpaceVariant(),
        m.usernamePerRole(),
        m.nonAsciiNames(),
        m.longNames());
  }
}
