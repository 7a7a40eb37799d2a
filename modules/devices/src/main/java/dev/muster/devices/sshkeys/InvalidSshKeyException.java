package dev.muster.devices.sshkeys;

import java.io.Serial;

/**
 * Refusal of an SSH key or host key list.
 *
 * <p>The message is a short reason meant for the API client, so it never repeats the submitted key
 * (which may be long, or a private key pasted by mistake). It extends {@link IllegalArgumentException}
 * so that callers mapping bad arguments to a client error handle it without a special case.
 */
public class InvalidSshKeyException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param message the reason, phrased for the API client
     */
    public InvalidSshKeyException(String message) {
        super(message);
    }
}
