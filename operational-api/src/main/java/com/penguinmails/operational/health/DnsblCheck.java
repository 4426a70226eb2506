package com.penguinmails.operational.health;

import com.penguinmails.operational.dns.DnsAnswer;
import com.penguinmails.operational.dns.DnsLookup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks an IP up on the configured IP blocklists, or a domain on the domain blocklists: failing when any list has it,
 * unknown when no list has it but at least one could not tell (query failed or refused, see {@link DnsblCodes}), ok
 * when every list answered "not listed" (NXDOMAIN). Per zone, the answer is kept in the measured values.
 */
public final class DnsblCheck {

    private final DnsLookup dns;
    private final List<DnsblZone> zones;

    public DnsblCheck(DnsLookup dns, List<DnsblZone> zones) {
        this.dns = dns;
        this.zones = List.copyOf(zones);
    }

    /** Checks {@code ip} against the IP zones. */
    public CheckResult checkIp(String ip) {
        return check(ip, ReverseNames.reversed(ip), DnsblZone.Lists.IP);
    }

    /** Checks {@code domain} against the domain zones. */
    public CheckResult checkDomain(String domain) {
        return check(domain, domain.strip().toLowerCase(Locale.ROOT), DnsblZone.Lists.DOMAIN);
    }

    private CheckResult check(String target, String prefix, DnsblZone.Lists lists) {
        List<Map<String, Object>> answers = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (DnsblZone zone : zones) {
            if (zone.getLists() != lists) {
                continue;
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("zone", zone.getZone());
            DnsAnswer reply = dns.query(prefix + "." + zone.getZone(), "A");
            switch (reply.outcome()) {
                case NO_RECORDS -> answer.put("result", "not_listed");
                case FAILED -> {
                    answer.put("result", "unknown");
                    answer.put("detail", reply.detail());
                    unknown.add(zone.getZone() + " (" + reply.detail() + ")");
                }
                case RECORDS -> {
                    List<DnsblCodes.Reading> readings = reply.values().stream().map(DnsblCodes::read).toList();
                    List<String> codes = readings.stream().map(DnsblCodes.Reading::code).toList();
                    answer.put("codes", codes);
                    List<DnsblCodes.Reading> listings = readings.stream()
                            .filter(reading -> reading.meaning() == DnsblCodes.Meaning.LISTED).toList();
                    if (listings.isEmpty()) {
                        answer.put("result", "unknown");
                        answer.put("detail", readings.get(0).description());
                        unknown.add(zone.getZone() + " (" + readings.get(0).description() + ")");
                    } else {
                        answer.put("result", "listed");
                        answer.put("detail", listings.get(0).description());
                        listed.add(zone.getZone() + ": " + listings.get(0).code() + " "
                                + listings.get(0).description());
                    }
                }
                default -> throw new IllegalStateException(reply.outcome().name());
            }
            answers.add(answer);
        }
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("target", target);
        measured.put("zones", answers);
        measured.put("listed_on", listed.size());
        if (!listed.isEmpty()) {
            return CheckResult.of(CheckStatus.FAILING, "listed on " + String.join("; ", listed), measured);
        }
        if (!unknown.isEmpty()) {
            return CheckResult.of(CheckStatus.UNKNOWN, "not listed where asked, but no answer from "
                    + String.join("; ", unknown), measured);
        }
        return CheckResult.of(CheckStatus.OK, "not listed on " + answers.size() + " lists", measured);
    }
}
