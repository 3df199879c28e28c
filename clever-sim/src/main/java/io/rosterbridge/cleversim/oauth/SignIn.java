package io.rosterbridge.cleversim.oauth;

import io.rosterbridge.cleversim.model.ObjectIds;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sign-in state: open authorization codes, issued user tokens and the id_token key. */
public final class SignIn {

  private final AuthCodes codes;
  private final Map<String, UserSession> sessions = new ConcurrentHashMap<>();
  private final IdTokens idTokens = new IdTokens();

  /** Codes living {@code codeTtl}. */
  public SignIn(Clock clock, Duration codeTtl) {
    this.codes = new AuthCodes(clock, codeTtl);
  }

  /** The authorization codes. */
  public AuthCodes codes() {
    return codes;
  }

  /** The id_token signer. */
  public IdTokens idTokens() {
    return idTokens;
  }

  /** Issues a user access token for the session. */
  public String openSession(UserSession session) {
    String token = ObjectIds.randomHex(40);
    sessions.put(token, session);
    return token;
  }

  /** The session of a user access token. */
  public Optional<UserSession> session(String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(sessions.get(token));
  }

  /** Forgets codes and user tokens. */
  public void clear() {
    codes.clear();
    sessions.clear();
  }
}
