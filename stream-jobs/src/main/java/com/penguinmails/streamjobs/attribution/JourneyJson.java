package com.penguinmails.streamjobs.attribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Writes a journey's touches as the JSON array stored in {@code attribution_journeys.touches} and returned by the
 * drill-down endpoint: {@code [{"event_id","occurred_at" (ISO-8601 UTC),"kind","campaign_id","variant",
 * "sequence_step","credits":{"first_touch":..,"last_touch":..,"linear":..,"time_decay":..,"position_based":..}}]}
 * in journey order.
 */
public final class JourneyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JourneyJson() {
    }

    /** The touches of {@code journey} with their credits; {@code []} when unattributed. */
    public static String touches(Journey journey) {
        ArrayNode touches = MAPPER.createArrayNode();
        for (int i = 0; i < journey.touches().size(); i++) {
            Touch touch = journey.touches().get(i);
            ObjectNode node = touches.addObject();
            node.put("event_id", touch.eventId());
            node.put("occurred_at", Instant.ofEpochMilli(touch.occurredAtMillis()).toString());
            node.put("kind", touch.kind().wireName());
            node.put("campaign_id", touch.campaignId());
            node.put("variant", touch.variant());
            node.put("sequence_step", touch.sequenceStep());
            ObjectNode credits = node.putObject("credits");
            for (AttributionModel model : AttributionModel.values()) {
                credits.put(model.wireName(), journey.credit(model, i));
            }
        }
        try {
            return MAPPER.writeValueAsString(touches);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
