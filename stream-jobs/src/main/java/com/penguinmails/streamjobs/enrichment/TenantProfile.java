package com.penguinmails.streamjobs.enrichment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Set;

/**
 * What enrichment knows about one tenant from configuration: the time zone its recipients are assumed to be in when a
 * send carries none, and the addresses it sends from (its MTAs, relays and tools), whose own opens and clicks are
 * never a recipient's.
 *
 * @param timezone IANA zone id, or null to use the default zone
 * @param sendingIps literal IPv4/IPv6 addresses; null means none
 */
public record TenantProfile(String timezone, Set<String> sendingIps) implements Serializable {

    /**
     * @throws java.time.DateTimeException if {@code timezone} is not a valid zone id
     */
    @JsonCreator
    public TenantProfile(@JsonProperty("timezone") String timezone, @JsonProperty("sendingIps") Set<String> sendingIps) {
        if (timezone != null) {
            ZoneId.of(timezone);
        }
        this.timezone = timezone;
        this.sendingIps = sendingIps == null ? Set.of() : Set.copyOf(sendingIps);
    }
}
