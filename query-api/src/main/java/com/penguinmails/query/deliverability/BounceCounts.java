package com.penguinmails.query.deliverability;

/**
 * The counters of one (group value, bounce reason) pair as the deliverability tables sum them: the tables keep
 * bounce_reason as a dimension, so sends, deliveries and complaints (reason "") spread over the pairs of a group too.
 *
 * @param key the group's value
 * @param reason the bounce reason of the pair ("" for events that are not bounces or carry no reason)
 * @param sent sends
 * @param delivered deliveries
 * @param complaints complaints
 * @param hard hard bounces
 * @param soft soft bounces
 * @param block blocks
 * @param undetermined bounces of no known type
 */
public record BounceCounts(String key, String reason, long sent, long delivered, long complaints, long hard,
        long soft, long block, long undetermined) {
}
