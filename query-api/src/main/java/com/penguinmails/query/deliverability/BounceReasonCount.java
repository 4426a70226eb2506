package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The bounces of one type and reason within a row of the bounce breakdown.
 *
 * @param bounceType hard, soft, block or undetermined (a bounce the ingestion could not classify)
 * @param reason the normalized reason the bounce carried (e.g. user_unknown, mailbox_full, spam_block; "" when none)
 * @param bounces how many
 * @param shareOfSent bounces / the row's sends, rounded half-up to 4 decimals, 0 without sends
 * @param shareOfBounces bounces / the row's bounces of every type and reason, rounded likewise
 */
public record BounceReasonCount(
        @JsonProperty("bounce_type") String bounceType,
        @JsonProperty("reason") String reason,
        @JsonProperty("bounces") long bounces,
        @JsonProperty("share_of_sent") double shareOfSent,
        @JsonProperty("share_of_bounces") double shareOfBounces) {
}
