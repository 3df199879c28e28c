package io.rosterbridge.sso;

import io.rosterbridge.testsupport.InfrastructureProfile;

/** Real Kafka and the sso-service's own test database for every test of this module. */
public class SsoTestProfile extends InfrastructureProfile {

  @Override
  protected String database() {
    return "rosterbridge_sso_test";
  }
}
