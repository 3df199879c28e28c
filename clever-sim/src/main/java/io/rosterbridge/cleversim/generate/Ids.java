package io.rosterbridge.cleversim.generate;

import io.rosterbridge.cleversim.model.ObjectIds;
import io.rosterbridge.cleversim.model.RecordType;

/**
 * The ids of a generated district: 8 hex digits derived from the seed, 2 for the type and 14 for
 * the index, so ids ascend with the index and a page is an index range.
 */
final class Ids {

  private static final int LEGACY = 0x10;
  private final String tag;

  Ids(long seed) {
    // Epoch seconds of 2016..2025: older than any id minted at run time, like a real district.
    long seconds = 0x58000000L + (Mix.bits(seed, Mix.TAG, 0) & 0x0FFFFFFFL);
    this.tag = ObjectIds.hex(seconds, 8);
  }

  /** The id of the object of this type at {@code index}. */
  String id(RecordType type, int index) {
    return tag + ObjectIds.hex(type.code(), 2) + ObjectIds.hex(index, 14);
  }

  /** The pre-v3 {@code legacy_id} of the object of this type at {@code index}. */
  String legacyId(RecordType type, int index) {
    return tag + ObjectIds.hex(LEGACY + type.code(), 2) + ObjectIds.hex(index, 14);
  }

  /** The index encoded in {@code id}, or -1 when it is not an id of this type in [0, size). */
  int index(RecordType type, String id, int size) {
    String prefix = tag + ObjectIds.hex(type.code(), 2);
    if (id.length() != 24 || !id.startsWith(prefix)) {
      return -1;
    }
    try {
      long index = Long.parseLong(id.substring(10), 16);
      boolean canonical = id.equals(prefix + ObjectIds.hex(index, 14));
      return canonical && index < size ? (int) index : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The epoch seconds this district's ids start with. */
  long epochSeconds() {
    return Long.parseLong(tag, 16);
  }
}
