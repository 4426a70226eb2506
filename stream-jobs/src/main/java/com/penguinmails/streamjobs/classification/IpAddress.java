package com.penguinmails.streamjobs.classification;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 address as 128 bits (IPv4 as IPv4-mapped IPv6, {@code ::ffff:a.b.c.d}), so one prefix table serves
 * both families.
 */
record IpAddress(long high, long low) implements java.io.Serializable {

    private static final long IPV4_MAPPED_HIGH = 0L;
    private static final long IPV4_MAPPED_LOW_PREFIX = 0xffffL << 32;

    /**
     * Parses an address literal; never resolves a host name.
     *
     * @return the address, or null if {@code text} is null or not an IPv4/IPv6 literal
     */
    static IpAddress parse(String text) {
        if (text == null) {
            return null;
        }
        String literal = text.trim();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.isEmpty() || !isLiteralSyntax(literal)) {
            return null;
        }
        if (literal.indexOf(':') < 0 && !isDottedQuad(literal)) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
        if (bytes.length == 4) {
            long v4 = ((bytes[0] & 0xffL) << 24) | ((bytes[1] & 0xffL) << 16) | ((bytes[2] & 0xffL) << 8)
                    | (bytes[3] & 0xffL);
            return new IpAddress(IPV4_MAPPED_HIGH, IPV4_MAPPED_LOW_PREFIX | v4);
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xffL);
            low = (low << 8) | (bytes[i + 8] & 0xffL);
        }
        return new IpAddress(high, low);
    }

    /** Whether this is an IPv4 address (kept as IPv4-mapped IPv6). */
    boolean isIpv4() {
        return high == IPV4_MAPPED_HIGH && (low >>> 32) == 0xffffL;
    }

    /** This address with all but the first {@code bits} of its 128 bits cleared. */
    IpAddress mask(int bits) {
        if (bits >= 128) {
            return this;
        }
        if (bits <= 0) {
            return new IpAddress(0, 0);
        }
        if (bits <= 64) {
            return new IpAddress(bits == 64 ? high : high & (-1L << (64 - bits)), 0);
        }
        return new IpAddress(high, low & (-1L << (128 - bits)));
    }

    // Only hex digits, dots and colons: InetAddress would otherwise look the text up in DNS.
    private static boolean isLiteralSyntax(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.'
                    || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // InetAddress accepts "1.2.3" and "16909060" as IPv4; a tracking request's address is always four octets.
    private static boolean isDottedQuad(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
