package io.rosterbridge.cleversim.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Configuration of the clever-sim Quarkus app (prefix {@code clever-sim}, env {@code
 * CLEVER_SIM_*}).
 */
@ConfigMapping(prefix = "clever-sim")
public interface CleverSimConfig {

  /**
   * Folder of Clever list responses (users.json …) to serve; without it a district is generated.
   */
  Optional<String> dumpDir();

  /** The generated district, used when no dump folder is given. */
  Generate generate();

  /** The application's Clever client id. */
  @WithDefault("clever-sim-client")
  String clientId();

  /** The application's Clever client secret. */
  @WithDefault("clever-sim-secret")
  String clientSecret();

  /** Registered redirect URIs (comma separated); the first receives Instant Login codes. */
  @WithDefault("http://localhost:8080/login/clever/callback")
  List<String> redirectUris();

  /** Requests per district or user token per minute before 429. */
  @WithDefault("1200")
  int rateLimitPerMinute();

  /** The {@code iss} of id_tokens and of the discovery document. */
  @WithDefault("https://clever.com")
  String issuer();

  /** Base URL advertised in the discovery document; by default the request's own host. */
  Optional<URI> publicUrl();

  /** Fixed bearer token of the district; by default a random one (see GET /admin/districts). */
  Optional<String> districtToken();

  /** Life of an authorization code. */
  @WithDefault("60s")
  Duration codeTtl();

  /** Sizes and structure of a generated district. */
  interface Generate {

    /** Seed of every random choice; also decides the ids. */
    @WithDefault("42")
    long seed();

    /** Number of schools. */
    @WithDefault("5")
    int schools();

    /** Number of students. */
    @WithDefault("1800")
    int students();

    /** Number of teachers. */
    @WithDefault("80")
    int teachers();

    /** Number of staff. */
    @WithDefault("20")
    int staff();

    /** Number of district-admin-only users. */
    @WithDefault("2")
    int districtAdmins();

    /** Number of contacts (parents/guardians). */
    @WithDefault("100")
    int contacts();

    /** Sections per teacher (and per student). */
    @WithDefault("6")
    int periods();

    /** Fraction of sections with a co-teacher. */
    @WithDefault("0.1")
    double coTeacherFraction();

    /** Fraction of students and teachers in a second school. */
    @WithDefault("0.05")
    double multiSchoolFraction();

    /** Fraction of teachers who are also staff (a third of them also district admins). */
    @WithDefault("0.1")
    double multiRoleFraction();

    /** How awkward usernames and names are. */
    Messiness messiness();
  }

  /** Fractions of users with awkward data (see the README). */
  interface Messiness {

    /** No district_username at all. */
    @WithDefault("0.02")
    double usernameMissing();

    /** district_username is "". */
    @WithDefault("0.01")
    double usernameEmpty();

    /** district_username is only white space. */
    @WithDefault("0.005")
    double usernameBlank();

    /** district_username copies the previous user's. */
    @WithDefault("0.01")
    double usernameDuplicate();

    /** district_username looks like an e-mail address. */
    @WithDefault("0.03")
    double usernameEmailShaped();

    /** district_username in unusual letter case. */
    @WithDefault("0.02")
    double usernameCaseVariant();

    /** district_username padded with (non-breaking) spaces. */
    @WithDefault("0.01")
    double usernameSpaceVariant();

    /** Teacher+staff users whose staff username differs. */
    @WithDefault("0.3")
    double usernamePerRole();

    /** Names with accents or non-Latin scripts. */
    @WithDefault("0.05")
    double nonAsciiNames();

    /** Last names longer than 255 characters. */
    @WithDefault("0.002")
    double longNames();
  }
}
