package com.penguinmails.operational.infrastructure.provider;

/**
 * A server as the provider reports it.
 *
 * @param id the provider's id
 * @param name its name (label)
 * @param state where it is in its life
 * @param detail the provider's own status words, for operators
 */
public record ProviderServer(String id, String name, State state, String detail) {

    /** A provider server's life, as far as provisioning cares. */
    public enum State {
        /** Being built: poll again. */
        BUILDING,
        /** Running and reachable. */
        ACTIVE,
        /** The build failed, or the server was suspended or terminated. */
        FAILED
    }
}
