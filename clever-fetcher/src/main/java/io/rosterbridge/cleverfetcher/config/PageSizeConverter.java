package io.rosterbridge.cleverfetcher.config;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads a page size, refusing at startup one Clever would refuse on every request: it serves 1 to
 * 10000 records a page and answers a larger limit with 413.
 */
public class PageSizeConverter implements Converter<Integer> {

  /** Clever's largest page. */
  public static final int MAX = 10_000;

  @Override
  public Integer convert(String value) {
    int size;
    try {
      size = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a page size is a number of records, not " + value, e);
    }
    if (size < 1 || size > MAX) {
      throw new IllegalArgumentException(
          "a page size must be 1 to "
              + MAX
              + " records (Clever answers a larger one with 413), not "
              + size);
    }
    return size;
  }
}
