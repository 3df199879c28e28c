package io.rosterbridge.cleversim.model;

import java.util.Arrays;
import java.util.Optional;

/** The Data API object types the simulator serves, with their URL segment and dump file name. */
public enum RecordType {
  DISTRICTS("districts", 0),
  SCHOOLS("schools", 1),
  USERS("users", 2),
  SECTIONS("sections", 3),
  TERMS("terms", 4),
  COURSES("courses", 5);

  private final String path;
  private final int code;

  RecordType(String path, int code) {
    this.path = path;
    this.code = code;
  }

  /** The URL segment and event prefix, e.g. {@code users}. */
  public String path() {
    return path;
  }

  /** A small number that distinguishes the type inside generated ids. */
  public int code() {
    return code;
  }

  /** The file that holds this type in a dump folder, e.g. {@code users.json}. */
  public String fileName() {
    return path + ".json";
  }

  /** Whether objects of this type carry {@code created}/{@code last_modified} timestamps. */
  public boolean hasTimestamps() {
    return this == SCHOOLS || this == USERS || this == SECTIONS;
  }

  /** The type for a URL segment such as {@code sections}. */
  public static Optional<RecordType> fromPath(String path) {
    return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
  }
}
