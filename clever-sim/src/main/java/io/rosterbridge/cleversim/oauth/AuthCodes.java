package io.rosterbridge.cleversim.oauth;

import io.rosterbridge.cleversim.model.ObjectIds;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes: single use, short-lived; a second exchange gets {@code invalid_grant}. */
public final class AuthCodes {

  private static final Duration FORGET_AFTER = Duration.ofMinutes(10);
  private final Map<String, CodeGrant> open = new ConcurrentHashMap<>();
  private final Map<String, CodeGrant> redeemed = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;

  /** Codes living {@code ttl}. */
  public AuthCodes(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  /** Issues a code for the grant. */
  public String issue(CodeGrant grant) {
    forgetOld();
    String code = ObjectIds.randomHex(32);
    open.put(code, grant);
    return code;
  }

  /** Redeems a code once; unknown, reused or expired codes throw {@code invalid_grant}. */
  public CodeGrant redeem(String code) {
    CodeGrant grant = code == null ? null : open.remove(code);
    if (grant == null) {
      String reason = code != null && redeemed.containsKey(code) ? "already redeemed" : "unknown";
      throw new OAuthException(400, "invalid_grant", "authorization code " + reason);
    }
    redeemed.put(code, grant);
    if (clock.instant().isAfter(grant.issuedAt().plus(ttl))) {
      throw new OAuthException(400, "invalid_grant", "authorization code expired");
    }
    return grant;
  }

  /** Forgets every code. */
  public void clear() {
    open.clear();
    redeemed.clear();
  }

  private void forgetOld() {
    var horizon = clock.instant().minus(FORGET_AFTER);
    open.values().removeIf(g -> g.issuedAt().isBefore(horizon));
    redeemed.values().removeIf(g -> g.issuedAt().isBefore(horizon));
  }
}
