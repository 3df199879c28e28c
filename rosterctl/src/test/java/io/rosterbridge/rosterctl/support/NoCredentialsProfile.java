package io.rosterbridge.rosterctl.support;

import java.util.Map;

/** As {@link CtlTestProfile}, but with neither ROSTERCTL_TOKEN nor ROSTERCTL_SIGNING_KEY. */
public class NoCredentialsProfile extends CtlTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("rosterctl.kafka.timeout", "10s", "rosterctl.http-timeout", "5s");
  }
}
