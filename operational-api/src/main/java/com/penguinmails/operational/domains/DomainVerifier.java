package com.penguinmails.operational.domains;

import com.penguinmails.operational.dns.DnsAnswer;
import com.penguinmails.operational.dns.DnsLookup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a domain's required records against what one DNS lookup answers. */
public final class DomainVerifier {

    private final RecordChecker checker;

    public DomainVerifier(RecordChecker checker) {
        this.checker = checker;
    }

    /** One check per record, in the order of {@code records}; each name and type is queried once. */
    public List<RecordCheck> verify(List<DnsRecord> records, DmarcStage stage, DnsLookup lookup) {
        Map<String, DnsAnswer> answers = new HashMap<>();
        List<RecordCheck> checks = new ArrayList<>();
        for (DnsRecord record : records) {
            DnsAnswer answer = answers.computeIfAbsent(record.type() + " " + record.name(),
                    key -> lookup.query(record.name(), record.type()));
            checks.add(checker.check(record, answer, stage));
        }
        return checks;
    }

    /** Whether every required record was found. */
    public static boolean allRequiredFound(List<RecordCheck> checks) {
        return checks.stream().allMatch(check -> !check.record().required() || check.status() == RecordStatus.FOUND);
    }

    /** Whether the check of the record with {@code purpose} found it. */
    public static boolean found(List<RecordCheck> checks, RecordPurpose purpose) {
        return checks.stream().anyMatch(check -> check.record().purpose() == purpose
                && check.status() == RecordStatus.FOUND);
    }
}
