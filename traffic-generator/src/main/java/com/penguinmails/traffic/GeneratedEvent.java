package com.penguinmails.traffic;

import com.penguinmails.events.v1.Event;

/**
 * One generated event and the ground truth of where it came from.
 *
 * @param event the v1 event, with {@code tenant_id} set to the tenant it belongs to and {@code received_at} equal to
 *     {@code occurred_at}; never null
 * @param label who made the request for opens and clicks, {@link TrafficLabel#NOT_APPLICABLE} otherwise; never null
 */
public record GeneratedEvent(Event event, TrafficLabel label) {
}
