package io.rosterbridge.cleversim.rest;

import io.rosterbridge.cleversim.model.ApiException;

/**
 * The paging parameters of a list request.
 *
 * @param limit page size, 100 unless given
 * @param startingAfter cursor for forward paging, or null
 * @param endingBefore cursor for backward paging, or null
 */
public record Paging(int limit, String startingAfter, String endingBefore) {

  /** Clever's default page size. */
  public static final int DEFAULT_LIMIT = 100;

  /** Clever's largest page; more is refused with 413. */
  public static final int MAX_LIMIT = 10_000;

  /** Reads {@code limit}, {@code starting_after} and {@code ending_before}; 400 or 413 if bad. */
  public static Paging of(ApiRequest request) {
    String after = blankToNull(request.param("starting_after"));
    String before = blankToNull(request.param("ending_before"));
    if (after != null && before != null) {
      throw ApiException.badRequest("use either starting_after or ending_before, not both");
    }
    return new Paging(limit(request.param("limit")), after, before);
  }

  /** Whether the request pages backwards. */
  public boolean backwards() {
    return endingBefore != null;
  }

  private static int limit(String value) {
    if (value == null || value.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    long limit;
    try {
      limit = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("limit must be an integer: " + value);
    }
    if (limit > MAX_LIMIT) {
      throw new ApiException(413, "limit must be at most " + MAX_LIMIT);
    }
    if (limit < 1) {
      throw ApiException.badRequest("limit must be positive");
    }
    return (int) limit;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
