package com.penguinmails.operational.domains;

import com.penguinmails.operational.dns.DnsAnswer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares what DNS answered with the record a domain needs. Pure: the answer comes in, a {@link RecordCheck} comes
 * out.
 *
 * <ul>
 *   <li>SPF: exactly one {@code v=spf1} record holding every platform mechanism, and not ending in {@code +all};
 *       other mechanisms (the customer's own senders) are fine.
 *   <li>DKIM: a record whose {@code p=} is the domain's public key.
 *   <li>DMARC: exactly one {@code v=DMARC1} record with our report address and a policy at least as strict as the
 *       domain's stage (a stricter policy the customer chose passes).
 *   <li>MX: the platform's MX host among the MX records. CNAME: the platform's tracking host.
 * </ul>
 */
public final class RecordChecker {

    private final PlatformDns platform;

    public RecordChecker(PlatformDns platform) {
        this.platform = platform;
    }

    /** Checks {@code record} against {@code answer}, the answer for its name and type. */
    public RecordCheck check(DnsRecord record, DnsAnswer answer, DmarcStage dmarcStage) {
        if (answer.outcome() == DnsAnswer.Outcome.FAILED) {
            return new RecordCheck(record, RecordStatus.MISSING, List.of(), "DNS query failed: " + answer.detail());
        }
        List<String> seen = answer.values();
        return switch (record.purpose()) {
            case SPF, BOUNCE_SPF -> spf(record, seen);
            case DKIM -> dkim(record, seen);
            case DMARC -> dmarc(record, seen, dmarcStage);
            case BOUNCE_MX -> mx(record, seen);
            case TRACKING_CNAME -> cname(record, seen);
        };
    }

    private RecordCheck spf(DnsRecord record, List<String> seen) {
        List<String> spf = seen.stream().filter(value -> startsWithVersion(value, "v=spf1")).toList();
        if (spf.isEmpty()) {
            return new RecordCheck(record, RecordStatus.MISSING, seen, "no SPF record (v=spf1) at " + record.name());
        }
        if (spf.size() > 1) {
            return new RecordCheck(record, RecordStatus.WRONG, seen, spf.size()
                    + " SPF records: receivers treat that as a permanent error; merge them into one");
        }
        List<String> terms = Arrays.stream(spf.get(0).toLowerCase(Locale.ROOT).split("\\s+"))
                .map(term -> term.startsWith("+") ? term.substring(1) : term)
                .toList();
        List<String> lacking = new ArrayList<>();
        for (String mechanism : platform.spfMechanisms()) {
            if (!terms.contains(mechanism.toLowerCase(Locale.ROOT))) {
                lacking.add(mechanism);
            }
        }
        if (!lacking.isEmpty()) {
            return new RecordCheck(record, RecordStatus.WRONG, seen, "SPF record lacks " + String.join(" ", lacking));
        }
        if (terms.contains("all")) {
            return new RecordCheck(record, RecordStatus.WRONG, seen,
                    "SPF record ends in +all, which lets anyone send as the domain; use ~all or -all");
        }
        return found(record, seen);
    }

    private RecordCheck dkim(DnsRecord record, List<String> seen) {
        if (seen.isEmpty()) {
            return new RecordCheck(record, RecordStatus.MISSING, seen, "no DKIM record at " + record.name());
        }
        String expectedKey = TagList.parse(record.value()).get("p");
        for (String value : seen) {
            if (expectedKey.equals(TagList.parse(value).get("p"))) {
                return found(record, seen);
            }
        }
        boolean revoked = seen.stream().anyMatch(value -> "".equals(TagList.parse(value).get("p")));
        return new RecordCheck(record, RecordStatus.WRONG, seen, revoked
                ? "the published DKIM key is revoked (empty p=)"
                : "the published DKIM key (p=) differs from this domain's key");
    }

    private RecordCheck dmarc(DnsRecord record, List<String> seen, DmarcStage stage) {
        List<String> dmarc = seen.stream().filter(value -> startsWithVersion(value, "v=DMARC1")).toList();
        if (dmarc.isEmpty()) {
            return new RecordCheck(record, RecordStatus.MISSING, seen, "no DMARC record (v=DMARC1) at " + record.name());
        }
        if (dmarc.size() > 1) {
            return new RecordCheck(record, RecordStatus.WRONG, seen,
                    dmarc.size() + " DMARC records: receivers ignore them all; keep one");
        }
        Map<String, String> tags = TagList.parse(dmarc.get(0));
        List<String> problems = new ArrayList<>();
        String policy = tags.getOrDefault("p", "").toLowerCase(Locale.ROOT);
        int percent = parsePercent(tags.get("pct"));
        if (strictness(policy) < 0) {
            problems.add("policy p=" + (policy.isEmpty() ? "(none given)" : policy) + " is not none, quarantine or reject");
        } else if (strictness(policy) < strictness(stage.policy())
                || policy.equals(stage.policy()) && percent < stage.percent()) {
            problems.add("policy p=" + policy + (percent == 100 ? "" : " pct=" + percent)
                    + " is weaker than the domain's stage " + stage.wireName());
        }
        List<String> reportAddresses = Arrays.asList(tags.getOrDefault("rua", "").toLowerCase(Locale.ROOT).split(","));
        if (!reportAddresses.contains("mailto:" + platform.dmarcReportAddress().toLowerCase(Locale.ROOT))) {
            problems.add("rua lacks mailto:" + platform.dmarcReportAddress());
        }
        return problems.isEmpty() ? found(record, seen)
                : new RecordCheck(record, RecordStatus.WRONG, seen, String.join("; ", problems));
    }

    private RecordCheck mx(DnsRecord record, List<String> seen) {
        if (seen.isEmpty()) {
            return new RecordCheck(record, RecordStatus.MISSING, seen, "no MX record at " + record.name());
        }
        String host = platform.bounceMxHost().toLowerCase(Locale.ROOT);
        boolean ours = seen.stream().anyMatch(value -> value.substring(value.indexOf(' ') + 1).equals(host));
        return ours ? found(record, seen)
                : new RecordCheck(record, RecordStatus.WRONG, seen, "MX records do not point at " + host);
    }

    private RecordCheck cname(DnsRecord record, List<String> seen) {
        if (seen.isEmpty()) {
            return new RecordCheck(record, RecordStatus.MISSING, seen, "no CNAME record at " + record.name());
        }
        String host = platform.trackingHost().toLowerCase(Locale.ROOT);
        return seen.contains(host) ? found(record, seen)
                : new RecordCheck(record, RecordStatus.WRONG, seen, "CNAME does not point at " + host);
    }

    private static RecordCheck found(DnsRecord record, List<String> seen) {
        return new RecordCheck(record, RecordStatus.FOUND, seen, "");
    }

    private static boolean startsWithVersion(String value, String version) {
        String text = value.stripLeading();
        return text.regionMatches(true, 0, version, 0, version.length())
                && (text.length() == version.length() || text.charAt(version.length()) == ' '
                        || text.charAt(version.length()) == ';');
    }

    private static int strictness(String policy) {
        return switch (policy) {
            case "none" -> 0;
            case "quarantine" -> 1;
            case "reject" -> 2;
            default -> -1;
        };
    }

    private static int parsePercent(String pct) {
        if (pct == null) {
            return 100;
        }
        try {
            return Integer.parseInt(pct.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
