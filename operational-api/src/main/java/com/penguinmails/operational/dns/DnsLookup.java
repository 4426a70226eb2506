package com.penguinmails.operational.dns;

/** Asks DNS for the records of one name and type, without any cache, so a record just published is seen at once. */
public interface DnsLookup {

    /**
     * The answer for {@code name} (fully qualified, no trailing dot) and {@code type} ({@code TXT}, {@code MX},
     * {@code CNAME}, ...). Never throws for DNS or network trouble: that is a {@link DnsAnswer.Outcome#FAILED} answer.
     */
    DnsAnswer query(String name, String type);
}
