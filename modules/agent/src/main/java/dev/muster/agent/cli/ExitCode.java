package dev.muster.agent.cli;

/** The process exit codes; documented in docs/agent.md, so never renumbered. */
public enum ExitCode {
    /**
     * Done, or {@code --duration} elapsed, or stopped by the stop signal in-process. (After SIGTERM
     * or Ctrl-C the JVM itself exits with 143 or 130 once the clean stop is complete.)
     */
    OK(0),
    /** The server could not be reached or answered with errors for every attempt, or a local I/O error. */
    FAILED(1),
    /** The command line is wrong. */
    USAGE(2),
    /** The server refused enrollment (invalid, used-up, expired or revoked code, suspended tenant, …). */
    REFUSED(3),
    /** There is no usable state file: enroll first. */
    NOT_ENROLLED(4),
    /** The server refused the device secret: the device was revoked or reset; enroll again. */
    CREDENTIALS_REFUSED(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
