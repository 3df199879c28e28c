package io.rosterbridge.rosterctl.command;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a count such as {@code --limit}: a whole number of at least 1. */
public class PositiveIntConverter implements ITypeConverter<Integer> {

  @Override
  public Integer convert(String value) {
    int n;
    try {
      n = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw notPositive(value);
    }
    if (n < 1) {
      throw notPositive(value);
    }
    return n;
  }

  private static TypeConversionException notPositive(String value) {
    return new TypeConversionException("'" + value + "' is not a whole number of at least 1");
  }
}
