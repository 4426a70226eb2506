package com.penguinmails.operational.domains;

import java.util.List;
import java.util.Objects;

/**
 * What the platform's own DNS looks like, which customers' records point at.
 *
 * @param spfInclude the SPF include covering the platform's sending IPs (e.g. {@code _spf.penguinmails.io}); may be
 *     blank when {@code sendingIps} lists them instead
 * @param sendingIps IPv4/IPv6 addresses or CIDR blocks to list as {@code ip4:}/{@code ip6:} mechanisms (dedicated IPs)
 * @param dmarcReportAddress where aggregate DMARC reports go ({@code rua=mailto:...})
 * @param bounceMxHost the platform's inbound MX host, which receives mail sent to bounce domains
 * @param bounceMxPriority the MX preference of that record
 * @param trackingHost the host custom tracking domains are a CNAME of
 * @param bounceSubdomain the label put before the sending domain for the default bounce domain ({@code bounces})
 * @param ttl the suggested TTL of every record, in seconds
 */
public record PlatformDns(
        String spfInclude,
        List<String> sendingIps,
        String dmarcReportAddress,
        String bounceMxHost,
        int bounceMxPriority,
        String trackingHost,
        String bounceSubdomain,
        int ttl) {

    public PlatformDns {
        Objects.requireNonNull(spfInclude, "spfInclude");
        sendingIps = List.copyOf(sendingIps);
        if (spfInclude.isBlank() && sendingIps.isEmpty()) {
            throw new IllegalArgumentException("SPF needs an include or sending IPs");
        }
        Objects.requireNonNull(dmarcReportAddress, "dmarcReportAddress");
        Objects.requireNonNull(bounceMxHost, "bounceMxHost");
        Objects.requireNonNull(trackingHost, "trackingHost");
        Objects.requireNonNull(bounceSubdomain, "bounceSubdomain");
    }

    /** The SPF mechanisms authorising the platform, in record order ({@code ip4:...}, {@code include:...}). */
    public List<String> spfMechanisms() {
        List<String> mechanisms = new java.util.ArrayList<>();
        for (String ip : sendingIps) {
            mechanisms.add((ip.contains(":") ? "ip6:" : "ip4:") + ip);
        }
        if (!spfInclude.isBlank()) {
            mechanisms.add("include:" + spfInclude);
        }
        return mechanisms;
    }
}
