package io.rosterbridge.usermatcher.identity;

import java.util.Objects;
import java.util.Optional;

/** A username as people see it ({@code display}, trimmed but otherwise as given) and its key. */
public record Username(String display, UsernameKey key) {

  public Username {
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(key, "key");
  }

  /** The username a raw string stands for, or empty when it is null, empty or only white space. */
  public static Optional<Username> parse(String raw) {
    return UsernameKey.of(raw).map(key -> new Username(UsernameKey.trim(raw), key));
  }

  /** Shorthand for a username that is known to be usable; throws otherwise. */
  public static Username of(String raw) {
    return parse(raw)
        .orElseThrow(() -> new IllegalArgumentException("Not a usable username: '" + raw + "'"));
  }

  @Override
  public String toString() {
    return display;
  }
}
