package com.penguinmails.operational.dns;

import java.util.List;

/**
 * What one resolver answered for one name and type.
 *
 * @param outcome whether records came back, the name had none of that type (or did not exist), or the query failed
 * @param values the records' data in presentation form: a TXT record's character-strings joined, {@code <priority>
 *     <host>} for MX, the target host for CNAME; host names lower case without the trailing dot
 * @param detail for a failure, what went wrong (timeout, SERVFAIL, ...); for no records, NXDOMAIN or NOERROR
 */
public record DnsAnswer(Outcome outcome, List<String> values, String detail) {

    /** The kind of answer. */
    public enum Outcome { RECORDS, NO_RECORDS, FAILED }

    public DnsAnswer {
        values = List.copyOf(values);
    }

    public static DnsAnswer records(List<String> values) {
        return values.isEmpty() ? noRecords("NOERROR") : new DnsAnswer(Outcome.RECORDS, values, "");
    }

    public static DnsAnswer noRecords(String detail) {
        return new DnsAnswer(Outcome.NO_RECORDS, List.of(), detail);
    }

    public static DnsAnswer failed(String detail) {
        return new DnsAnswer(Outcome.FAILED, List.of(), detail);
    }
}
