package com.penguinmails.operational.notifications;

import java.util.List;

/**
 * A notification to enqueue; see {@link Delivery} for the fields. {@code (target, dedupKey)} identifies it: enqueueing
 * the same pair again does nothing.
 */
public record DeliveryRequest(String id, String tenantId, String kind, String target, String endpointId,
        String channelId, List<String> recipients, String eventType, String dedupKey, String payload) {

    public DeliveryRequest {
        recipients = List.copyOf(recipients);
    }

    /** A delivery to webhook endpoint {@code endpointId}. */
    public static DeliveryRequest webhook(String id, String tenantId, String endpointId, String channelId,
            String eventType, String dedupKey, String payload) {
        return new DeliveryRequest(id, tenantId, Delivery.WEBHOOK, "webhook:" + endpointId, endpointId, channelId,
                List.of(), eventType, dedupKey, payload);
    }
}
