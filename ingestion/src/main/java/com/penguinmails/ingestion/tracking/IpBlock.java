package com.penguinmails.ingestion.tracking;

import java.util.Arrays;

/** One CIDR block of IPv4 or IPv6 addresses, e.g. {@code 10.0.0.0/8} or {@code 2001:db8::/32}. */
final class IpBlock {

    private final byte[] network;
    private final int prefixLength;

    private IpBlock(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /**
     * Parses {@code a.b.c.d/n}, {@code v6/n} or a single address (a block of one).
     *
     * @throws IllegalArgumentException if it is not such a block
     */
    static IpBlock parse(String cidr) {
        String text = cidr.trim();
        int slash = text.indexOf('/');
        byte[] address = IpLiteral.parse(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("not an IP address or CIDR block: " + cidr);
        }
        int prefix = address.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR prefix length: " + cidr);
            }
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("CIDR prefix length out of range: " + cidr);
            }
        }
        return new IpBlock(address, prefix);
    }

    /** Whether {@code address} (4 or 16 bytes) is in this block; an IPv4 address is never in an IPv6 block. */
    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int restBits = prefixLength % 8;
        if (restBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - restBits)) & 0xFF;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    @Override
    public String toString() {
        return IpLiteral.format(Arrays.copyOf(network, network.length)) + "/" + prefixLength;
    }
}
