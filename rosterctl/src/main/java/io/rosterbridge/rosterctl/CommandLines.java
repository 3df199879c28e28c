package io.rosterbridge.rosterctl;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line rosterctl runs: failures print one line (a stack trace only with {@code
 * --verbose}), bad arguments print the usage line and exit {@value ExitCodes#USAGE}.
 */
@ApplicationScoped
public class CommandLines {

  @Produces
  CommandLine commandLine(PicocliCommandLineFactory factory) {
    return configure(factory.create());
  }

  /** Applies rosterctl's handlers and exit codes to a command line. */
  public static CommandLine configure(CommandLine commandLine) {
    commandLine
        .setExecutionExceptionHandler(new Failures())
        .setParameterExceptionHandler(new UsageErrors());
    exitCodes(commandLine, full());
    commandLine.getSubcommands().values().forEach(sub -> exitCodes(sub, basic()));
    CommandLine sync = commandLine.getSubcommands().get("sync");
    if (sync != null) {
      exitCodes(sync, full()); // held and timed out are sync --wait's
    }
    return commandLine;
  }

  private static void exitCodes(CommandLine commandLine, Map<String, String> codes) {
    commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
    commandLine.getCommandSpec().usageMessage().exitCodeList(codes);
  }

  private static Map<String, String> full() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String line : ExitCodes.HELP) {
      int colon = line.indexOf(':');
      codes.put(line.substring(0, colon), line.substring(colon + 1));
    }
    return codes;
  }

  private static Map<String, String> basic() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(Integer.toString(ExitCodes.OK), "done");
    codes.put(Integer.toString(ExitCodes.FAILED), "failed (the message says what to do)");
    codes.put(Integer.toString(ExitCodes.USAGE), "bad arguments");
    return codes;
  }

  /** A failure while running a command: one line on stderr. */
  static final class Failures implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
      PrintWriter err = commandLine.getErr();
      boolean verbose = verbose(parsed);
      if (e instanceof CtlException known) {
        err.println("rosterctl: " + known.getMessage());
        if (verbose) {
          e.printStackTrace(err);
        }
        err.flush();
        return known.exitCode();
      }
      err.println(
          "rosterctl: unexpected failure: "
              + e
              + (verbose ? "" : " (run again with --verbose for the stack trace)"));
      if (verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.FAILED;
    }

    private static boolean verbose(ParseResult parsed) {
      for (ParseResult p = parsed; p != null; p = p.subcommand()) {
        if (p.hasMatchedOption("--verbose")) {
          return true;
        }
      }
      return false;
    }
  }

  /** Bad arguments: the message, a suggestion or the usage, and {@value ExitCodes#USAGE}. */
  static final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine commandLine = e.getCommandLine();
      PrintWriter err = commandLine.getErr();
      err.println("rosterctl: " + e.getMessage());
      if (!UnmatchedArgumentException.printSuggestions(e, err)) {
        CommandLine.Help help = commandLine.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more.");
      }
      err.flush();
      return ExitCodes.USAGE;
    }
  }
}
