package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The limits deliverability rows are judged against: the complaint rate (complaints / delivered) and the bounce rate
 * (bounces of every type / sent), each only once its denominator reaches {@code minVolume}. DELIVERABILITY.md cites
 * the sources of the defaults.
 *
 * @param complaint limits of complaints / delivered
 * @param bounce limits of bounces / sent
 * @param minVolume the smallest denominator a rate is judged on
 */
public record DeliverabilityThresholds(
        @JsonProperty("complaint_rate") RateThreshold complaint,
        @JsonProperty("bounce_rate") RateThreshold bounce,
        @JsonProperty("min_volume") long minVolume) {

    /** Google's and Yahoo's complaint limits (0.1 % / 0.3 %), Amazon SES's bounce guidance (2 % / 5 %), 100 messages. */
    public static final DeliverabilityThresholds DEFAULTS =
            new DeliverabilityThresholds(new RateThreshold(0.001, 0.003), new RateThreshold(0.02, 0.05), 100);

    public DeliverabilityThresholds {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(bounce, "bounce");
        if (minVolume < 0) {
            throw new IllegalArgumentException("minVolume must not be negative, got " + minVolume);
        }
    }

    /** Judges a complaint count against the deliveries it came from. */
    public ThresholdStatus complaintStatus(long complaints, long delivered) {
        return complaint.judge(complaints, delivered, minVolume);
    }

    /** Judges a bounce count against the sends it came from. */
    public ThresholdStatus bounceStatus(long bounces, long sent) {
        return bounce.judge(bounces, sent, minVolume);
    }
}
