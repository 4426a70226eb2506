package com.penguinmails.streamjobs.classification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the classifier may look at for one open or click: the request itself and what the platform knows about
 * its message and tenant at that moment.
 *
 * <p>Times are instants (UTC) passed in by the caller; the classifier never reads the clock.
 *
 * @param type open or click; required
 * @param occurredAt when the request was made; required
 * @param ip the requester's address as a literal (IPv4 or IPv6), or null if unknown
 * @param userAgent the request's User-Agent header, or null if absent
 * @param httpMethod GET, HEAD..., or null if unknown (treated as GET)
 * @param linkIndex the clicked link's position in the message, or null (opens, or unknown)
 * @param url the clicked link's target, or null
 * @param deliveredAt when the message was delivered, or null if no delivery has been seen
 * @param earlierClicks when earlier clicks on the same message happened (any order, a bounded recent list); never null
 * @param honeypotLink whether the clicked link is a hidden honeypot link no person can see; null means not known
 * @param sendingIps the addresses the tenant sends from (its MTAs, relays); never null
 */
public record EngagementEvidence(
        EngagementType type,
        Instant occurredAt,
        String ip,
        String userAgent,
        String httpMethod,
        Integer linkIndex,
        String url,
        Instant deliveredAt,
        List<Instant> earlierClicks,
        Boolean honeypotLink,
        Set<String> sendingIps) implements Serializable {

    public EngagementEvidence {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        earlierClicks = earlierClicks == null ? List.of() : List.copyOf(earlierClicks);
        sendingIps = sendingIps == null ? Set.of() : Set.copyOf(sendingIps);
    }

    /** An open with just the request's address and agent, for tests and callers that know nothing else. */
    public static EngagementEvidence open(Instant occurredAt, String ip, String userAgent) {
        return new EngagementEvidence(EngagementType.OPEN, occurredAt, ip, userAgent, "GET", null, null, null,
                List.of(), null, Set.of());
    }

    /** A GET click on link {@code linkIndex} with just the request's address and agent. */
    public static EngagementEvidence click(Instant occurredAt, String ip, String userAgent, int linkIndex) {
        return new EngagementEvidence(EngagementType.CLICK, occurredAt, ip, userAgent, "GET", linkIndex, null, null,
                List.of(), null, Set.of());
    }

    /** A copy with the message's delivery time. */
    public EngagementEvidence withDeliveredAt(Instant value) {
        return new EngagementEvidence(type, occurredAt, ip, userAgent, httpMethod, linkIndex, url, value, earlierClicks,
                honeypotLink, sendingIps);
    }

    /** A copy with another HTTP method. */
    public EngagementEvidence withHttpMethod(String value) {
        return new EngagementEvidence(type, occurredAt, ip, userAgent, value, linkIndex, url, deliveredAt, earlierClicks,
                honeypotLink, sendingIps);
    }

    /** A copy with the times of earlier clicks on the same message. */
    public EngagementEvidence withEarlierClicks(List<Instant> value) {
        return new EngagementEvidence(type, occurredAt, ip, userAgent, httpMethod, linkIndex, url, deliveredAt, value,
                honeypotLink, sendingIps);
    }

    /** A copy that says whether the link is a honeypot. */
    public EngagementEvidence withHoneypotLink(Boolean value) {
        return new EngagementEvidence(type, occurredAt, ip, userAgent, httpMethod, linkIndex, url, deliveredAt,
                earlierClicks, value, sendingIps);
    }

    /** A copy with the tenant's sending addresses. */
    public EngagementEvidence withSendingIps(Set<String> value) {
        return new EngagementEvidence(type, occurredAt, ip, userAgent, httpMethod, linkIndex, url, deliveredAt,
                earlierClicks, honeypotLink, value);
    }
}
