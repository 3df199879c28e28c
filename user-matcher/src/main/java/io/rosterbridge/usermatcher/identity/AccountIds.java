package io.rosterbridge.usermatcher.identity;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Mints the id of a new account as a name-based UUID of district and Clever user id, so a replayed
 * run mints the same ids.
 */
final class AccountIds {

  private AccountIds() {}

  /**
   * The id for a new account of the Clever user; when an account already uses it (the user's
   * earlier account went to another Clever id by relinking), the next of a fixed series.
   */
  public static String mint(String districtId, String cleverUserId, Predicate<String> taken) {
    for (int attempt = 0; ; attempt++) {
      String id = candidate(districtId, cleverUserId, attempt);
      if (!taken.test(id)) {
        return id;
      }
    }
  }

  /** The n-th candidate; lengths prefix each part so no two inputs share a name. */
  static String candidate(String districtId, String cleverUserId, int attempt) {
    String name =
        "rosterbridge-account:"
            + districtId.length()
            + ':'
            + districtId
            + ':'
            + cleverUserId.length()
            + ':'
            + cleverUserId
            + ':'
            + attempt;
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
