package io.rosterbridge.rosterctl.command;

import io.rosterbridge.rosterctl.CtlException;
import io.rosterbridge.rosterctl.client.FetcherClient;
import picocli.CommandLine.Option;

/**
 * The {@code --district} of a command that prepares a district (admins, sign-in settings), and the
 * check that clever-fetcher lists it as connected in Clever, so that a mistyped id does not become
 * a district of its own.
 */
public class ConnectedDistrictOptions {

  @Option(
      names = "--district",
      required = true,
      paramLabel = "ID",
      converter = DistrictIdConverter.class,
      description = "The district's Clever id; clever-fetcher must list it as connected.")
  String districtId;

  @Option(
      names = "--allow-unconnected",
      description =
          "Skip that check: to prepare a district before Clever connects it (or while"
              + " clever-fetcher is down).")
  boolean allowUnconnected;

  /**
   * The district id, once clever-fetcher lists it as connected or the check is skipped. A district
   * missing from the fetcher's list is looked up once more with Clever: one that has just approved
   * the application is only known to the fetcher after it asked Clever again.
   */
  String connected(FetcherClient fetcher, String requester) {
    if (allowUnconnected) {
      return districtId;
    }
    if (!listed(fetcher, false, requester) && !listed(fetcher, true, requester)) {
      throw new CtlException(
          "district "
              + districtId
              + " is not connected in Clever, even after clever-fetcher asked Clever afresh"
              + " (rosterctl districts lists the connected ones); check the id, or give"
              + " --allow-unconnected to prepare a district Clever has not connected yet");
    }
    return districtId;
  }

  private boolean listed(FetcherClient fetcher, boolean refresh, String requester) {
    try {
      return fetcher.districts(refresh, requester).stream()
          .anyMatch(d -> districtId.equals(d.districtId()) && d.connected());
    } catch (CtlException e) {
      throw new CtlException(
          "cannot check that district "
              + districtId
              + " is connected in Clever: "
              + e.getMessage()
              + " (or give --allow-unconnected to skip the check)",
          e);
    }
  }
}
