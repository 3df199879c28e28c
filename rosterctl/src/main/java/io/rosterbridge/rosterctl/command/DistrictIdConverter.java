package io.rosterbridge.rosterctl.command;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@code --district}: the Clever id without surrounding spaces, never blank. */
public class DistrictIdConverter implements ITypeConverter<String> {

  @Override
  public String convert(String value) {
    String id = value.trim();
    if (id.isEmpty()) {
      throw new TypeConversionException(
          "a district id cannot be blank; give the district's Clever id (rosterctl districts"
              + " lists them)");
    }
    return id;
  }
}
