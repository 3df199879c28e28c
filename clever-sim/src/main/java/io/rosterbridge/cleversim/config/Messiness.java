package io.rosterbridge.cleversim.config;

/**
 * Fractions (0..1) of generated users whose data is awkward in the ways real districts are. The
 * username fractions are mutually exclusive and must add up to at most 1.
 *
 * @param usernameMissing no {@code district_username} at all (no credentials, or credentials {})
 * @param usernameEmpty {@code district_username} is ""
 * @param usernameBlank {@code district_username} is only white space
 * @param usernameDuplicate the exact username of the previous user of the same kind
 * @param usernameEmailShaped the username looks like an e-mail address
 * @param usernameCaseVariant the username in unusual upper/lower case
 * @param usernameSpaceVariant the username with leading/trailing (also non-breaking) spaces
 * @param usernamePerRole multi-role users whose staff username differs from their teacher one
 * @param nonAsciiNames names with accents or non-Latin scripts
 * @param longNames last names longer than 255 characters
 */
public record Messiness(
    double usernameMissing,
    double usernameEmpty,
    double usernameBlank,
    double usernameDuplicate,
    double usernameEmailShaped,
    double usernameCaseVariant,
    double usernameSpaceVariant,
    double usernamePerRole,
    double nonAsciiNames,
    double longNames) {

  /** No messiness at all: every user has a clean, unique username and a plain name. */
  public static final Messiness NONE = new Messiness(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** A little of everything, roughly what a real district shows. */
  public static final Messiness TYPICAL =
      new Messiness(0.02, 0.01, 0.005, 0.01, 0.03, 0.02, 0.01, 0.3, 0.05, 0.002);

  /** Validates the fractions. */
  public Messiness {
    double usernames =
        usernameMissing
            + usernameEmpty
            + usernameBlank
            + usernameDuplicate
            + usernameEmailShaped
            + usernameCaseVariant
            + usernameSpaceVariant;
    if (usernames > 1.0 + 1e-9) {
      throw new IllegalArgumentException("username fractions add up to more than 1: " + usernames);
    }
    for (double f : new double[] {usernamePerRole, nonAsciiNames, longNames, usernames}) {
      if (f < 0 || f > 1) {
        throw new IllegalArgumentException("fractions must lie in [0, 1]");
      }
    }
  }
}
