package dev.muster.agent.cli;

/** The command line is wrong; the message says how, in words meant for the person who typed it. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
