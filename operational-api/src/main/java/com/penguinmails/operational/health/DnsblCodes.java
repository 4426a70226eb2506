package com.penguinmails.operational.health;

import java.util.Map;
import java.util.Optional;

/**
 * Reads the A records a blocklist answers with. Lists answer a listing with an address in 127.0.0.0/8 whose last
 * octets say why; Spamhaus answers {@code 127.255.255.252} (typing error), {@code .254} (query through a public or
 * open resolver) and {@code .255} (too many queries) when it refuses to answer, and DBL answers {@code 127.0.1.255}
 * for an IP asked of a domain list: those are "unknown", never "listed". An answer outside 127.0.0.0/8 (a resolver
 * rewriting NXDOMAIN to an advertising page) and {@code 127.0.0.1} (conventionally a test or error answer) are unknown
 * too. Pure.
 */
public final class DnsblCodes {

    /** What one returned address means. */
    public enum Meaning { LISTED, UNKNOWN }

    /** A returned address read. */
    public record Reading(Meaning meaning, String code, String description) {
    }

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("127.0.0.2", "listed (Spamhaus SBL / SpamCop / Barracuda)"),
            Map.entry("127.0.0.3", "Spamhaus SBL CSS (snowshoe spam)"),
            Map.entry("127.0.0.4", "Spamhaus XBL (exploited host)"),
            Map.entry("127.0.0.5", "Spamhaus XBL (exploited host)"),
            Map.entry("127.0.0.6", "Spamhaus XBL (exploited host)"),
            Map.entry("127.0.0.7", "Spamhaus XBL (exploited host)"),
            Map.entry("127.0.0.9", "Spamhaus DROP (hijacked netblock)"),
            Map.entry("127.0.0.10", "Spamhaus PBL (end-user range, ISP policy)"),
            Map.entry("127.0.0.11", "Spamhaus PBL (end-user range, Spamhaus policy)"),
            Map.entry("127.0.1.2", "Spamhaus DBL spam domain"),
            Map.entry("127.0.1.4", "Spamhaus DBL phishing domain"),
            Map.entry("127.0.1.5", "Spamhaus DBL malware domain"),
            Map.entry("127.0.1.6", "Spamhaus DBL botnet C&C domain"),
            Map.entry("127.0.1.102", "Spamhaus DBL abused legitimate spam domain"),
            Map.entry("127.0.1.103", "Spamhaus DBL abused legitimate spammed redirector"),
            Map.entry("127.0.1.104", "Spamhaus DBL abused legitimate phishing domain"),
            Map.entry("127.0.1.105", "Spamhaus DBL abused legitimate malware domain"),
            Map.entry("127.0.1.106", "Spamhaus DBL abused legitimate botnet C&C domain"));

    private static final Map<String, String> REFUSALS = Map.of(
            "127.255.255.252", "query refused: typing error in the DNSBL name",
            "127.255.255.254", "query refused: asked through a public/open resolver",
            "127.255.255.255", "query refused: excessive number of queries",
            "127.0.1.255", "query refused: IP queries prohibited on a domain list",
            "127.0.0.1", "test or error answer (127.0.0.1)");

    private DnsblCodes() {
    }

    /** Reads one returned address. */
    public static Reading read(String address) {
        String code = address.strip();
        Optional<String> refusal = Optional.ofNullable(REFUSALS.get(code));
        if (refusal.isPresent()) {
            return new Reading(Meaning.UNKNOWN, code, refusal.get());
        }
        if (!code.startsWith("127.")) {
            return new Reading(Meaning.UNKNOWN, code, "answer outside 127.0.0.0/8 (a rewriting resolver?)");
        }
        return new Reading(Meaning.LISTED, code, DESCRIPTIONS.getOrDefault(code, "listed"));
    }
}
