package com.penguinmails.operational.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Writes the JSON every notification carries (the webhook body; email and SMS texts are rendered from it):
 * {@code {"id": "<delivery id>", "type": "alert.fired", "created_at": "<ISO-8601>", "tenant_id": "...",
 * "data": {...}}}, where {@code data} is the alert record of topic {@code alerts}, the event in the wire format of
 * {@code POST /v1/events}, or a test object.
 */
public final class NotificationEnvelope {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NotificationEnvelope() {
    }

    /** The envelope as a JSON string. */
    public static String json(String deliveryId, String type, Instant createdAt, String tenantId, JsonNode data) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("id", deliveryId);
        envelope.put("type", type);
        envelope.put("created_at", createdAt.toString());
        envelope.put("tenant_id", tenantId);
        envelope.set("data", data);
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an envelope back. */
    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
