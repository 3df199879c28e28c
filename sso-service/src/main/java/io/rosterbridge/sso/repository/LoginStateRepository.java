package io.rosterbridge.sso.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rosterbridge.sso.entity.LoginState;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Open sign-in attempts; taking one deletes it, so each state is used at most once. */
@ApplicationScoped
public class LoginStateRepository implements PanacheRepositoryBase<LoginState, String> {

  /** Removes and returns the attempt if it exists and has not expired. */
  public Optional<LoginState> take(String state, Instant now) {
    Optional<LoginState> found = findByIdOptional(state);
    // The delete count decides who wins when two callbacks race for the same state.
    if (found.isEmpty() || delete("state", state) != 1) {
      return Optional.empty();
    }
    return found.filter(s -> s.expiresAt.isAfter(now));
  }

  /** Forgets attempts that expired before {@code now}. */
  public long purgeExpired(Instant now) {
    return delete("expiresAt < ?1", now);
  }
}
