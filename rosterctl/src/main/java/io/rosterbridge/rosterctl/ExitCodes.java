package io.rosterbridge.rosterctl;

/** The exit codes of rosterctl, as {@code --help} lists them. */
public final class ExitCodes {

  /** Done; for {@code sync --wait}: the run completed. */
  public static final int OK = 0;

  /** The command failed (unreachable service, refused token, unknown run, rejected file, ...). */
  public static final int FAILED = 1;

  /** {@code sync --wait}: the run applied, but deletions are held for approval. */
  public static final int HELD = 2;

  /** {@code sync --wait}: no report before {@code --timeout}; the run goes on. */
  public static final int TIMED_OUT = 3;

  /**
   * Bad arguments. Not picocli's default 2, which would read as "held" to a script checking {@code
   * sync --wait}.
   */
  public static final int USAGE = 64;

  /** The list shown under "Exit codes" in the help. */
  public static final String[] HELP = {
    "0:completed (for sync --wait: the run completed)",
    "1:failed (the run failed, or the command could not be done)",
    "2:held (sync --wait: the run applied but holds deletions for approval)",
    "3:timed out (sync --wait: no report within --timeout; the run goes on)",
    "64:bad arguments"
  };

  private ExitCodes() {}
}
