package io.rosterbridge.rosterctl.command;

import io.rosterbridge.rosterctl.client.Requester;
import picocli.CommandLine.Option;

/** Options every command takes: who asks, stack traces of failures, and help. */
public class GlobalOptions {

  @Option(
      names = "--as",
      paramLabel = "NAME",
      description =
          "Who asks: the requestedBy of commands and the subject of a minted token"
              + " (default: the operating-system user).")
  String as;

  @Option(names = "--verbose", description = "Print the stack trace of a failure.")
  boolean verbose;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  /** The requester's name. */
  public String requester() {
    return Requester.of(as);
  }
}
