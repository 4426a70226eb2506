package com.penguinmails.query.botfiltering;

/**
 * Opens or clicks of one class in one slot, as the bot-filtering query sums them.
 *
 * @param slot the slot number of the series
 * @param eventType open or click
 * @param engagementClass the stored class ("" when unclassified)
 * @param events how many
 */
public record ClassCount(int slot, String eventType, String engagementClass, long events) {
}
