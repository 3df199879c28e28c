package io.rosterbridge.cleversim.generate;

import io.rosterbridge.cleversim.config.Messiness;
import java.text.Normalizer;
import java.util.Locale;

/** Deterministic person names, some with accents or non-Latin scripts and some very long. */
final class Names {

  private static final String[] FIRST = {
    "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas",
    "Mia", "Mason", "Amelia", "Ethan", "Harper", "Logan", "Evelyn", "Aiden", "Abigail", "Jacob",
    "Emily", "Michael", "Ella", "Daniel", "Grace", "Henry", "Chloe", "Jackson", "Aria", "Samuel",
    "Layla", "Owen", "Zoey", "Wyatt", "Nora", "Carter", "Lily", "Jayden", "Hannah", "Dylan"
  };
  private static final String[] LAST = {
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "O'Brien"
  };
  private static final String[] FIRST_INTL = {
    "Zoë",
    "José",
    "Björn",
    "Chloé",
    "Łucja",
    "Søren",
    "Ngọc",
    "Renée",
    "Ömer",
    "Añjali",
    "Ñuria",
    "Şule",
    "Дмитрий",
    "Αλέξανδρος",
    "美咲",
    "지민",
    "محمد",
    "Siobhán"
  };
  private static final String[] LAST_INTL = {
    "Müller", "Núñez", "Østergaard", "Đặng", "Żółkiewski", "Çelik", "François", "Ó Súilleabháin",
    "Иванова", "Παπαδόπουλος", "山田", "김", "العلي", "Łukasiewicz", "Ångström", "Gómez-Peña"
  };
  private static final int LONG_NAME_LENGTH = 300;

  private final long seed;
  private final Messiness messiness;

  Names(long seed, Messiness messiness) {
    this.seed = seed;
    this.messiness = messiness;
  }

  /** A person's name; {@code middle} may be null. */
  record Name(String first, String middle, String last) {}

  Name of(int user) {
    boolean intl = Mix.unit(seed, Mix.NON_ASCII, user) < messiness.nonAsciiNames();
    String first = choose(intl ? FIRST_INTL : FIRST, user, 0);
    String last = choose(intl ? LAST_INTL : LAST, user, 1);
    if (Mix.unit(seed, Mix.LONG_NAME, user) < messiness.longNames()) {
      last = lengthen(last);
    }
    int middle = Mix.pick(seed, Mix.MIDDLE, user, 40);
    return new Name(first, middle < 26 ? String.valueOf((char) ('A' + middle)) : null, last);
  }

  /** The plain lower-case ASCII letters of a name, or {@code fallback} when none are left. */
  static String ascii(String name, String fallback) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
    return folded.isEmpty() ? fallback : folded.toLowerCase(Locale.ROOT);
  }

  private String choose(String[] pool, int user, int part) {
    return pool[Mix.pick(seed, Mix.NAME, user * 2L + part, pool.length)];
  }

  private static String lengthen(String last) {
    StringBuilder out = new StringBuilder(last);
    while (out.length() <= LONG_NAME_LENGTH) {
      out.append('-').append(last);
    }
    return out.toString();
  }
}
