package io.rosterbridge.rosterctl.command;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --microsoft-tenant}: a Microsoft Entra tenant id (a GUID), or blank to remove it.
 * sso-service compares it with the {@code tid} claim of Microsoft's id_tokens, which is always the
 * tenant's GUID, so a tenant's domain name would be stored but never match a sign-in.
 */
public class TenantConverter implements ITypeConverter<String> {

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Override
  public String convert(String value) {
    String tenant = value.trim();
    if (!tenant.isEmpty() && !GUID.matcher(tenant).matches()) {
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a Microsoft tenant id: give the tenant's GUID (Directory ID, e.g."
              + " 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f), not its domain; '' removes it");
    }
    return tenant;
  }
}
