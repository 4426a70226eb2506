package com.penguinmails.streamjobs.classification;

import java.io.Serializable;

/**
 * A network (CIDR block) known to belong to a class of requester, from {@code ip-ranges.csv}.
 *
 * @param cidr the block as written, e.g. {@code 17.0.0.0/8} or {@code 2a01:111:f400::/48}
 * @param engagementClass whose requests come from it
 * @param name short stable name; the reason code is {@code ip:<name>}
 * @param weight how likely a request from it is of that class (0 to 1, exclusive)
 * @param source where the range is published
 */
public record KnownNetwork(String cidr, EngagementClass engagementClass, String name, double weight, String source)
        implements Serializable {

    /** The reason code this network contributes, e.g. {@code ip:apple-mpp-range}. */
    public String reason() {
        return "ip:" + name;
    }
}
