package com.penguinmails.operational.health;

import com.penguinmails.operational.dns.DnsAnswer;
import com.penguinmails.operational.dns.DnsLookup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the reverse DNS of a sending IP: a PTR record exists (else failing), one of its names resolves back to the IP
 * (forward-confirmed reverse DNS, FCrDNS; else failing: Gmail and Microsoft refuse or junk mail from IPs without it),
 * and that name is the SMTP host name the IP sends as (else warning). A DNS query that fails is unknown.
 */
public final class ReverseDnsCheck {

    private final DnsLookup dns;

    public ReverseDnsCheck(DnsLookup dns) {
        this.dns = dns;
    }

    /** The PTR names of {@code ip} (lower case, no trailing dot); empty when there are none or DNS failed. */
    public List<String> ptrNames(String ip) {
        return hosts(dns.query(ReverseNames.ptrName(ip), "PTR").values());
    }

    /**
     * @param ip the sending IP
     * @param expectedHost the SMTP host name the IP sends as (its EHLO/banner name), if known
     */
    public CheckResult check(String ip, Optional<String> expectedHost) {
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("ip", ip);
        measured.put("expected_host", expectedHost.orElse(null));
        DnsAnswer ptr = dns.query(ReverseNames.ptrName(ip), "PTR");
        if (ptr.outcome() == DnsAnswer.Outcome.FAILED) {
            return CheckResult.of(CheckStatus.UNKNOWN, "PTR query failed: " + ptr.detail(), measured);
        }
        List<String> names = hosts(ptr.values());
        measured.put("ptr_names", names);
        if (names.isEmpty()) {
            return CheckResult.of(CheckStatus.FAILING, "no PTR record for " + ip + " (" + ptr.detail() + ")",
                    measured);
        }
        String type = ReverseNames.isIpv6(ip) ? "AAAA" : "A";
        String wanted = ReverseNames.canonical(ip);
        List<String> confirmed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String name : names) {
            DnsAnswer forward = dns.query(name, type);
            if (forward.outcome() == DnsAnswer.Outcome.FAILED) {
                failures.add(name + ": " + forward.detail());
            } else if (forward.values().stream().filter(ReverseNames::isIpLiteral).map(ReverseNames::canonical)
                    .anyMatch(wanted::equals)) {
                confirmed.add(name);
            }
        }
        measured.put("forward_confirmed", confirmed);
        if (confirmed.isEmpty()) {
            if (!failures.isEmpty()) {
                return CheckResult.of(CheckStatus.UNKNOWN, "forward lookup failed: " + String.join("; ", failures),
                        measured);
            }
            return CheckResult.of(CheckStatus.FAILING, "PTR " + String.join(", ", names) + " does not resolve back to "
                    + ip, measured);
        }
        if (expectedHost.isPresent() && !confirmed.contains(normal(expectedHost.get()))) {
            return CheckResult.of(CheckStatus.WARNING, "PTR is " + String.join(", ", confirmed)
                    + ", not the SMTP host name " + normal(expectedHost.get()), measured);
        }
        return CheckResult.of(CheckStatus.OK, "PTR " + confirmed.get(0) + " forward-confirms " + ip, measured);
    }

    private static List<String> hosts(List<String> values) {
        return values.stream().map(ReverseDnsCheck::normal).toList();
    }

    private static String normal(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
