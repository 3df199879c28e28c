package io.rosterbridge.rosterctl.command;

import io.rosterbridge.rosterctl.ExitCodes;
import io.rosterbridge.rosterctl.client.FetcherClient;
import io.rosterbridge.rosterctl.client.SsoClient;
import io.rosterbridge.rosterctl.client.SsoClient.LoginSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosterctl login-settings}: shows or changes how a district's people may sign in. */
@Command(
    name = "login-settings",
    sortOptions = false,
    description = {
      "Show a district's sign-in settings, or change the ones given.",
      "GET, then PUT, /admin/districts/D/login-settings on the sso-service. Options not given keep"
          + " their value; every provider is off until switched on. The district must be"
          + " connected in Clever (as clever-fetcher lists it) unless --allow-unconnected."
    })
public class LoginSettingsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConnectedDistrictOptions district;

  @Option(
      names = "--clever",
      paramLabel = "on|off",
      arity = "1",
      converter = Switch.class,
      description = "Log in with Clever.")
  OnOff clever;

  @Option(
      names = "--google",
      paramLabel = "on|off",
      arity = "1",
      converter = Switch.class,
      description = "Google sign-in.")
  OnOff google;

  @Option(
      names = "--google-domains",
      paramLabel = "DOMAIN",
      split = ",",
      description = "The Google domains the district allows (comma separated).")
  List<String> googleDomains;

  @Option(
      names = "--microsoft",
      paramLabel = "on|off",
      arity = "1",
      converter = Switch.class,
      description = "Microsoft sign-in.")
  OnOff microsoft;

  @Option(
      names = "--microsoft-tenant",
      paramLabel = "TENANT",
      converter = TenantConverter.class,
      description = "The district's Microsoft tenant id (a GUID); '' removes it.")
  String microsoftTenant;

  @Option(
      names = "--compare-local-part",
      paramLabel = "on|off",
      arity = "1",
      converter = Switch.class,
      description = "Compare only the part of a Google/Microsoft login name before @.")
  OnOff compareLocalPart;

  @Mixin GlobalOptions global;

  private final SsoClient sso;
  private final FetcherClient fetcher;

  public LoginSettingsCommand(SsoClient sso, FetcherClient fetcher) {
    this.sso = sso;
    this.fetcher = fetcher;
  }

  @Override
  public Integer call() {
    String who = global.requester();
    String districtId = district.connected(fetcher, who);
    LoginSettings current = sso.get(districtId, who);
    LoginSettings wanted = changed(current);
    PrintWriter out = spec.commandLine().getOut();
    if (!wanted.equals(current)) {
      current = sso.put(districtId, wanted, who);
      out.println("changed the sign-in settings of district " + districtId);
    }
    print(out, current);
    return ExitCodes.OK;
  }

  private LoginSettings changed(LoginSettings s) {
    return new LoginSettings(
        clever != null ? clever.on() : s.cleverEnabled(),
        google != null ? google.on() : s.googleEnabled(),
        googleDomains != null ? googleDomains : s.googleDomains(),
        microsoft != null ? microsoft.on() : s.microsoftEnabled(),
        microsoftTenant != null ? microsoftTenant : s.microsoftTenant(),
        compareLocalPart != null ? compareLocalPart.on() : s.compareLocalPart());
  }

  private void print(PrintWriter out, LoginSettings s) {
    out.println("  Log in with Clever  " + onOff(s.cleverEnabled()));
    out.println(
        "  Google              "
            + onOff(s.googleEnabled())
            + (s.googleDomains().isEmpty()
                ? ""
                : " (" + String.join(", ", s.googleDomains()) + ")"));
    out.println(
        "  Microsoft           "
            + onOff(s.microsoftEnabled())
            + (s.microsoftTenant() == null ? "" : " (tenant " + s.microsoftTenant() + ")"));
    out.println(
        "  compare             "
            + (s.compareLocalPart() ? "the part before @" : "the whole login name"));
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  /**
   * A switch given on the command line. Not a Boolean: picocli converts a Boolean option's value a
   * second time from "true" or "false", which would have to be accepted too.
   */
  enum OnOff {
    ON,
    OFF;

    boolean on() {
      return this == ON;
    }
  }

  /** Reads {@code on} or {@code off}, in any case, as the help says. */
  public static final class Switch implements picocli.CommandLine.ITypeConverter<OnOff> {
    @Override
    public OnOff convert(String value) {
      return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "on" -> OnOff.ON;
        case "off" -> OnOff.OFF;
        default ->
            throw new picocli.CommandLine.TypeConversionException(
                "expected on or off, got '" + value + "'");
      };
    }
  }
}
