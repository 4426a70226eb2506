package com.penguinmails.operational.infrastructure.provider;

/**
 * One IP address of a provider server.
 *
 * @param address the address in text form (IPv4 dotted quad or IPv6)
 * @param primary whether it is the server's main address
 */
public record ProviderIp(String address, boolean primary) {

    /** 4 or 6. */
    public int version() {
        return address.contains(":") ? 6 : 4;
    }
}
