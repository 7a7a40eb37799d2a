package dev.muster.platform.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Holds the {@link Caller} and the client address for the current request (or message, or timer
 * run: the EJB container opens a request context for each). Filled by the boundary before any
 * business code runs.
 */
@RequestScoped
public class CallerContext {

    private Caller caller = Caller.ANONYMOUS;
    private String clientAddress = "";

    public Caller caller() {
        return caller;
    }

    public void set(Caller caller) {
        this.caller = caller;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public void clientAddress(String address) {
        this.clientAddress = address == null ? "" : address;
    }
}
