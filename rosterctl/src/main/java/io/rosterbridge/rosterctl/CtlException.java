package io.rosterbridge.rosterctl;

/**
 * A failure rosterctl explains in one line, saying what to do about it, and the exit code it ends
 * with.
 */
public class CtlException extends RuntimeException {

  private final int exitCode;

  public CtlException(String message) {
    this(message, ExitCodes.FAILED, null);
  }

  public CtlException(String message, Throwable cause) {
    this(message, ExitCodes.FAILED, cause);
  }

  public CtlException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The exit code of the process. */
  public int exitCode() {
    return exitCode;
  }
}
