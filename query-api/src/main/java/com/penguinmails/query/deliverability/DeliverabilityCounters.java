package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The deliverability counters of one group, summed over a range (definitions in stream-jobs/DELIVERABILITY.md).
 *
 * <p>Opens/clicks "human" exclude machine traffic (an open counts as human when classified human or image_proxy, a
 * click only when human); "unique" counts the first human open/click per message, "unique_contacts" per contact.
 */
public record DeliverabilityCounters(
        @JsonProperty("sent") long sent,
        @JsonProperty("delivered") long delivered,
        @JsonProperty("deferred") long deferred,
        @JsonProperty("bounced_hard") long bouncedHard,
        @JsonProperty("bounced_soft") long bouncedSoft,
        @JsonProperty("bounced_block") long bouncedBlock,
        @JsonProperty("bounced_undetermined") long bouncedUndetermined,
        @JsonProperty("complaints") long complaints,
        @JsonProperty("unsubscribes") long unsubscribes,
        @JsonProperty("opens_all") long opensAll,
        @JsonProperty("opens_human") long opensHuman,
        @JsonProperty("opens_unique") long opensUnique,
        @JsonProperty("opens_unique_contacts") long opensUniqueContacts,
        @JsonProperty("clicks_all") long clicksAll,
        @JsonProperty("clicks_human") long clicksHuman,
        @JsonProperty("clicks_unique") long clicksUnique,
        @JsonProperty("clicks_unique_contacts") long clicksUniqueContacts,
        @JsonProperty("replies_human") long repliesHuman,
        @JsonProperty("replies_auto") long repliesAuto) {

    /** The counter columns of the deliverability tables, in this record's order. */
    public static final String[] COLUMNS = {
        "sent", "delivered", "deferred", "bounced_hard", "bounced_soft", "bounced_block", "bounced_undetermined",
        "complaints", "unsubscribes", "opens_all", "opens_human", "opens_unique", "opens_unique_contacts", "clicks_all",
        "clicks_human", "clicks_unique", "clicks_unique_contacts", "replies_human", "replies_auto"};

    /** Bounces of every type. */
    public long bounced() {
        return bouncedHard + bouncedSoft + bouncedBlock + bouncedUndetermined;
    }

    /** The counters from their values in {@link #COLUMNS} order. */
    public static DeliverabilityCounters of(long[] values) {
        if (values.length != COLUMNS.length) {
            throw new IllegalArgumentException("Expected " + COLUMNS.length + " counters, got " + values.length);
        }
        return new DeliverabilityCounters(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                values[7], values[8], values[9], values[10], values[11], values[12], values[13], values[14],
                values[15], values[16], values[17], values[18]);
    }
}
