package com.penguinmails.operational.health;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The reversed forms of an IP address DNS uses: {@code 7.113.0.203} for 203.0.113.7 (nibbles for IPv6), under
 * {@code in-addr.arpa} / {@code ip6.arpa} for PTR or under a blocklist zone for DNSBL queries.
 */
public final class ReverseNames {

    private ReverseNames() {
    }

    /** The reversed labels of {@code ip} (an IPv4 or IPv6 literal); {@link IllegalArgumentException} otherwise. */
    public static String reversed(String ip) {
        InetAddress address = parse(ip);
        byte[] bytes = address.getAddress();
        StringBuilder name = new StringBuilder();
        if (address instanceof Inet4Address) {
            for (int i = bytes.length - 1; i >= 0; i--) {
                name.append(bytes[i] & 0xff).append(i == 0 ? "" : ".");
            }
            return name.toString();
        }
        String hex = HexFormat.of().formatHex(bytes);
        for (int i = hex.length() - 1; i >= 0; i--) {
            name.append(hex.charAt(i)).append(i == 0 ? "" : ".");
        }
        return name.toString();
    }

    /** The PTR query name of {@code ip}. */
    public static String ptrName(String ip) {
        return reversed(ip) + (parse(ip) instanceof Inet6Address ? ".ip6.arpa" : ".in-addr.arpa");
    }

    /** Whether {@code ip} is an IPv6 literal. */
    public static boolean isIpv6(String ip) {
        return parse(ip) instanceof Inet6Address;
    }

    /** The canonical text of {@code ip}, to compare addresses written differently. */
    public static String canonical(String ip) {
        return parse(ip).getHostAddress().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text} is an IP literal (never resolves a name). */
    public static boolean isIpLiteral(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static InetAddress parse(String ip) {
        String text = ip.strip();
        boolean literal = text.contains(":") ? text.matches("[0-9A-Fa-f:.]+")
                : text.matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
        if (!literal || !text.contains(":") && java.util.Arrays.stream(text.split("\\."))
                .anyMatch(octet -> Integer.parseInt(octet) > 255)) {
            throw new IllegalArgumentException("not an IP address: " + ip);
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + ip, e);
        }
    }
}
