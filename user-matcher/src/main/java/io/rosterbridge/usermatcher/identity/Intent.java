package io.rosterbridge.usermatcher.identity;

/**
 * What a user of the run asks of the index before any rival is considered: {@code own} is the
 * account it is linked to (null when unlinked).
 */
record Intent(RunUser user, KnownAccount own, Kind kind) {

  /** The four starting points of a decision. */
  enum Kind {
    /** No usable username: linked users stay as they are, new users get none. */
    NO_USERNAME,
    /** Linked and its account already holds the key (the display may still change). */
    KEEPS_KEY,
    /** Linked to a manual account with a username, which a sync never renames. */
    MANUAL_KEPT,
    /** Wants a key it does not hold: a new account's username, a link, a relink or a rename. */
    CLAIM
  }

  /** The intent of a user against the index. */
  static Intent of(RunUser user, IdentityIndex index) {
    KnownAccount own = index.linkedTo(user.id());
    if (user.username() == null) {
      return new Intent(user, own, Kind.NO_USERNAME);
    }
    if (own != null && user.key().equals(own.key())) {
      return new Intent(user, own, Kind.KEEPS_KEY);
    }
    if (own != null && own.isManual() && own.username() != null) {
      return new Intent(user, own, Kind.MANUAL_KEPT);
    }
    return new Intent(user, own, Kind.CLAIM);
  }

  /** True when the user is already linked to an account. */
  boolean isLinked() {
    return own != null;
  }

  /** True when the user's own account carries a username. */
  boolean hasOwnUsername() {
    return own != null && own.username() != null;
  }
}
