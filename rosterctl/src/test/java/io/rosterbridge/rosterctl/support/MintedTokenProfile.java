package io.rosterbridge.rosterctl.support;

import java.util.Map;

/** As {@link CtlTestProfile}, but with ROSTERCTL_SIGNING_KEY instead of a given token. */
public class MintedTokenProfile extends CtlTestProfile {

  public static final String ISSUER = "rosterbridge-ops-test";
  public static final String KID = "ops-key-1";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "rosterctl.signing-key",
        TestSigningKey.pem().toString(),
        "rosterctl.token-issuer",
        ISSUER,
        "rosterctl.token-kid",
        KID,
        "rosterctl.token-lifetime",
        "2m",
        "rosterctl.http-timeout",
        "5s");
  }
}
