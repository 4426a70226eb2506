package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One bucket of the deliverability time series, its rates judged against the thresholds.
 *
 * @param bucket where the bucket starts (an instant, written in UTC); a calendar bucket of the interval in the request's
 *     zone
 * @param sent sends
 * @param delivered deliveries
 * @param bouncedHard hard bounces
 * @param bouncedSoft soft bounces
 * @param bouncedBlock blocks
 * @param bouncedUndetermined bounces of no known type
 * @param complaints complaints
 * @param bounceRate all bounces / sent, rounded half-up to 4 decimals (0 without sends)
 * @param bounceStatus the bounce rate against its thresholds
 * @param complaintRate complaints / delivered, rounded likewise (0 without deliveries)
 * @param complaintStatus the complaint rate against its thresholds
 */
public record DeliverabilityPoint(
        @JsonProperty("bucket") @JsonFormat(shape = JsonFormat.Shape.STRING) Instant bucket,
        @JsonProperty("sent") long sent,
        @JsonProperty("delivered") long delivered,
        @JsonProperty("bounced_hard") long bouncedHard,
        @JsonProperty("bounced_soft") long bouncedSoft,
        @JsonProperty("bounced_block") long bouncedBlock,
        @JsonProperty("bounced_undetermined") long bouncedUndetermined,
        @JsonProperty("complaints") long complaints,
        @JsonProperty("bounce_rate") double bounceRate,
        @JsonProperty("bounce_status") ThresholdStatus bounceStatus,
        @JsonProperty("complaint_rate") double complaintRate,
        @JsonProperty("complaint_status") ThresholdStatus complaintStatus) {

    /** The point of a bucket's counters, with rates and statuses. */
    public static DeliverabilityPoint of(Instant bucket, long[] counts, DeliverabilityThresholds thresholds) {
        long sent = counts[0];
        long delivered = counts[1];
        long bounced = counts[2] + counts[3] + counts[4] + counts[5];
        long complaints = counts[6];
        return new DeliverabilityPoint(bucket, sent, delivered, counts[2], counts[3], counts[4], counts[5], complaints,
                DeliverabilityRates.ratio(bounced, sent), thresholds.bounceStatus(bounced, sent),
                DeliverabilityRates.ratio(complaints, delivered), thresholds.complaintStatus(complaints, delivered));
    }
}
