package com.penguinmails.query.botfiltering;

import java.time.Instant;

/**
 * Opens or clicks of one class in one bucket of the series, as the bot-filtering query sums them.
 *
 * @param bucketStart where the bucket starts
 * @param eventType open or click
 * @param engagementClass the stored class ("" when unclassified)
 * @param events how many
 */
public record ClassCount(Instant bucketStart, String eventType, String engagementClass, long events) {
}
