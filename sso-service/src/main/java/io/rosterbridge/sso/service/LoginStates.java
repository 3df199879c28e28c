package io.rosterbridge.sso.service;

import io.rosterbridge.sso.config.SsoConfig;
import io.rosterbridge.sso.entity.LoginState;
import io.rosterbridge.sso.repository.LoginStateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * Open sign-in attempts, stored server side: each state and nonce is single-use and expires, and
 * each is bound to the browser that opened it by the hash of its state, which that browser keeps.
 */
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

  /** What the browser that opened the attempt keeps: the SHA-256 of its state, base64url. */
  public static String binding(LoginState attempt) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(attempt.state));
  }

  /** Whether the browser's binding is that of {@code state}; false when either is missing. */
  public static boolean boundTo(String state, String binding) {
    if (state == null || binding == null) {
      return false;
    }
    byte[] expected = sha256(state);
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(binding);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, given);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
