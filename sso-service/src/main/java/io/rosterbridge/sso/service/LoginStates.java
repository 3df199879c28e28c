package io.rosterbridge.sso.service;

import io.rosterbridge.sso.config.SsoConfig;
import io.rosterbridge.sso.entity.LoginState;
import io.rosterbridge.sso.repository.LoginStateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/** Open sign-in attempts, stored server side: each state and nonce is single-use and expires. */
@ApplicationScoped
public class LoginStates {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final LoginStateRepository repository;
  private final SsoConfig config;
  private final Clock clock;

  public LoginStates(LoginStateRepository repository, SsoConfig config, Clock clock) {
    this.repository = repository;
    this.config = config;
    this.clock = clock;
  }

  /** Opens an attempt, optionally for a district, and forgets expired ones. */
  @Transactional
  public LoginState open(String districtId) {
    repository.purgeExpired(clock.instant());
    LoginState state = new LoginState();
    state.state = random();
    state.nonce = random();
    state.districtId = districtId;
    state.expiresAt = clock.instant().plus(config.stateTtl());
    repository.persist(state);
    return state;
  }

  /** Closes the attempt of {@code state}; empty if unknown, already used or expired. */
  @Transactional
  public Optional<LoginState> take(String state) {
    return state == null || state.length() > 64
        ? Optional.empty()
        : repository.take(state, clock.instant());
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
