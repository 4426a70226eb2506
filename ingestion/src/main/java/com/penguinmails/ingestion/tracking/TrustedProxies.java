package com.penguinmails.ingestion.tracking;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * Finds the client address of a request: {@code X-Forwarded-For} is believed only as far as it was written by the
 * configured trusted proxies.
 *
 * <p>Starting from the socket peer, the walk goes right to left through the {@code X-Forwarded-For} entries (all header
 * lines, comma-separated) as long as the current hop is a trusted proxy; the first untrusted address is the client. If
 * every hop is trusted, the leftmost entry is the client. An entry that is no IP literal stops the walk at the last
 * trusted hop. Without trusted proxies the header is ignored. Immutable and thread-safe.
 */
public final class TrustedProxies {

    private final List<IpBlock> blocks;

    private TrustedProxies(List<IpBlock> blocks) {
        this.blocks = blocks;
    }

    /**
     * @param cidrs IPv4 or IPv6 CIDR blocks or single addresses
     * @throws IllegalArgumentException naming the first entry that is not one
     */
    public static TrustedProxies of(List<String> cidrs) {
        List<IpBlock> blocks = new ArrayList<>();
        for (String cidr : cidrs) {
            blocks.add(IpBlock.parse(cidr));
        }
        return new TrustedProxies(List.copyOf(blocks));
    }

    /**
     * The client address in its usual text form.
     *
     * @param remoteAddress the socket peer, e.g. {@code 10.0.0.5} or {@code [::1]}; returned as given if it is not an
     *     IP literal
     * @param forwardedFor the {@code X-Forwarded-For} header lines, possibly null or empty
     */
    public String clientAddress(String remoteAddress, Enumeration<String> forwardedFor) {
        byte[] hop = IpLiteral.parse(remoteAddress);
        if (hop == null) {
            return remoteAddress;
        }
        if (!isTrusted(hop) || forwardedFor == null || !forwardedFor.hasMoreElements()) {
            return IpLiteral.format(hop);
        }
        List<String> entries = new ArrayList<>();
        while (forwardedFor.hasMoreElements()) {
            for (String entry : forwardedFor.nextElement().split(",")) {
                entries.add(entry);
            }
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            byte[] forwarded = IpLiteral.parse(entries.get(i));
            if (forwarded == null) {
                return IpLiteral.format(hop);
            }
            hop = forwarded;
            if (!isTrusted(hop)) {
                return IpLiteral.format(hop);
            }
        }
        return IpLiteral.format(hop);
    }

    private boolean isTrusted(byte[] address) {
        for (IpBlock block : blocks) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
