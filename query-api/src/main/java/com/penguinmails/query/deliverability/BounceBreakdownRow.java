package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One value of the grouping in the bounce breakdown: its volumes, its bounce and complaint rates judged against the
 * thresholds, and its bounces by type and reason, most first.
 *
 * @param key the group's value ("" when events lacked it)
 * @param sent messages sent
 * @param delivered messages delivered
 * @param bounced bounces of every type
 * @param complaints complaints
 * @param bounceRate bounced / sent, rounded half-up to 4 decimals (0 without sends)
 * @param bounceStatus the bounce rate against its thresholds
 * @param complaintRate complaints / delivered, rounded likewise (0 without deliveries)
 * @param complaintStatus the complaint rate against its thresholds
 * @param reasons the bounces per type and reason, most first; types with no bounce are left out
 */
public record BounceBreakdownRow(
        @JsonProperty("key") String key,
        @JsonProperty("sent") long sent,
        @JsonProperty("delivered") long delivered,
        @JsonProperty("bounced") long bounced,
        @JsonProperty("complaints") long complaints,
        @JsonProperty("bounce_rate") double bounceRate,
        @JsonProperty("bounce_status") ThresholdStatus bounceStatus,
        @JsonProperty("complaint_rate") double complaintRate,
        @JsonProperty("complaint_status") ThresholdStatus complaintStatus,
        @JsonProperty("reasons") List<BounceReasonCount> reasons) {

    public BounceBreakdownRow {
        reasons = List.copyOf(reasons);
    }
}
