package io.rosterbridge.rosterctl;

import org.eclipse.microprofile.config.ConfigProvider;
import picocli.CommandLine.IVersionProvider;

/** Prints the application version that the build stamped into the configuration. */
public class RosterCtlVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.application.version", String.class)
            .orElse("unknown");
    return new String[] {"rosterctl " + version};
  }
}
