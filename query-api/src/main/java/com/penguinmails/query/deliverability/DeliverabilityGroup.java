package com.penguinmails.query.deliverability;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of a deliverability report.
 *
 * @param key the group's value (a provider, domain, IP, mailbox or campaign id; "" when events lacked it)
 * @param counters the summed counters
 * @param rates the rates of those counters
 */
public record DeliverabilityGroup(
        @JsonProperty("key") String key,
        @JsonProperty("counters") DeliverabilityCounters counters,
        @JsonProperty("rates") DeliverabilityRates rates) {

    /** The group of a key and its counters, with their rates. */
    public static DeliverabilityGroup of(String key, DeliverabilityCounters counters) {
        return new DeliverabilityGroup(key, counters, DeliverabilityRates.of(counters));
    }
}
