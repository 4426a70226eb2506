package com.penguinmails.ingestion.tracking;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Parses IP address literals as they appear in {@code X-Forwarded-For} and socket addresses, without ever resolving a
 * name: IPv4 dotted quads, IPv6 (optionally in brackets), either with an optional {@code :port}.
 */
final class IpLiteral {

    private IpLiteral() {
    }

    /** The 4 or 16 address bytes of {@code text} (an IPv4-mapped IPv6 address gives 4), or null if it is no IP literal. */
    static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.isEmpty() || s.length() > 64) {
            return null;
        }
        if (s.charAt(0) == '[') {
            int close = s.indexOf(']');
            if (close < 0 || !(close == s.length() - 1 || isPort(s, close + 1))) {
                return null;
            }
            return parseIpv6(s.substring(1, close));
        }
        int colon = s.indexOf(':');
        if (colon < 0) {
            return parseIpv4(s);
        }
        if (s.indexOf(':', colon + 1) < 0) {
            return isPort(s, colon) ? parseIpv4(s.substring(0, colon)) : null;
        }
        return parseIpv6(s);
    }

    /** The usual text form of an address from {@link #parse}. */
    static String format(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes, got " + address.length, e);
        }
    }

    private static boolean isPort(String s, int colon) {
        if (colon >= s.length() - 1 || s.charAt(colon) != ':' || s.length() - colon - 1 > 5) {
            return false;
        }
        for (int i = colon + 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static byte[] parseIpv4(String s) {
        byte[] address = new byte[4];
        int part = 0;
        int value = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || part > 3) {
                    return null;
                }
                address[part++] = (byte) value;
                value = -1;
            } else if (c >= '0' && c <= '9') {
                value = value < 0 ? c - '0' : value * 10 + (c - '0');
                if (value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? address : null;
    }

    private static byte[] parseIpv6(String s) {
        if (s.isEmpty() || s.indexOf(':') < 0) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':'
                    || c == '.';
            if (!allowed) {
                return null;
            }
        }
        try {
            // Only hex digits, colons and dots, with at least one colon: always parsed as a literal, never looked up.
            return InetAddress.getByName("[" + s + "]").getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
