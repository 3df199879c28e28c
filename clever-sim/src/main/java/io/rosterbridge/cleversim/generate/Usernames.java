package io.rosterbridge.cleversim.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.config.Messiness;
import io.rosterbridge.cleversim.model.Json;
import java.util.Locale;

/** The {@code district_username} of generated users, with the configured messiness. */
final class Usernames {

  private static final String[] SPACES = {" ", "\t", "\u00a0", "\u3000"};
  private final long seed;
  private final Messiness messiness;
  private final Names names;
  private final String domain;

  Usernames(long seed, Messiness messiness, Names names, String domain) {
    this.seed = seed;
    this.messiness = messiness;
    this.names = names;
    this.domain = domain;
  }

  /** The clean, unique username of a user, e.g. {@code olivia.smith1234}. */
  String base(int user) {
    Names.Name name = names.of(user);
    String last = Names.ascii(name.last(), "x");
    return Names.ascii(name.first(), "user")
        + "."
        + last.substring(0, Math.min(20, last.length()))
        + user;
  }

  /**
   * The {@code credentials} object of a user's role, or null for no credentials at all.
   *
   * @param previous the previous user of the same kind (duplicates copy it), or -1
   * @param staffOfTeacher true for the staff role of a teacher, which may get its own username
   */
  ObjectNode credentials(int user, int previous, boolean staffOfTeacher) {
    double roll = Mix.unit(seed, Mix.USERNAME, user);
    double missing = messiness.usernameMissing();
    if (roll < missing) {
      return roll < missing / 2 ? null : Json.object();
    }
    String value = messy(user, previous, roll - missing);
    if (staffOfTeacher && Mix.unit(seed, Mix.PER_ROLE, user) < messiness.usernamePerRole()) {
      value = base(user) + "@" + domain;
    }
    return Json.object().put("district_username", value);
  }

  private String messy(int user, int previous, double roll) {
    double[] bounds = {
      messiness.usernameEmpty(),
      messiness.usernameBlank(),
      messiness.usernameDuplicate(),
      messiness.usernameEmailShaped(),
      messiness.usernameCaseVariant(),
      messiness.usernameSpaceVariant()
    };
    double edge = 0;
    for (int variant = 0; variant < bounds.length; variant++) {
      edge += bounds[variant];
      if (roll < edge) {
        return variant(variant, user, previous);
      }
    }
    return base(user);
  }

  private String variant(int variant, int user, int previous) {
    String space = SPACES[Mix.pick(seed, Mix.DETAIL, user, SPACES.length)];
    return switch (variant) {
      case 0 -> "";
      case 1 -> space + " ";
      case 2 -> previous >= 0 ? base(previous) : base(user);
      case 3 -> base(user) + "@" + domain;
      case 4 -> caseVariant(base(user), user);
      default -> space + base(user) + space;
    };
  }

  private String caseVariant(String name, int user) {
    if (user % 2 == 0) {
      return name.toUpperCase(Locale.ROOT);
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
