package com.penguinmails.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.ComplaintDetails;
import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.DeliveryDetails;
import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.ReplyDetails;
import com.penguinmails.events.v1.SendDetails;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads and writes one event in the JSON wire format of {@code POST /v1/events}.
 *
 * <p>The format is the Avro envelope with snake_case field names, minus {@code tenant_id} and {@code received_at} (both
 * set by ingestion, never by the sender): timestamps are ISO-8601 strings with an offset (written in UTC), type-specific
 * details sit in the nested objects {@code send}, {@code delivery}, {@code bounce}, {@code engagement}, {@code reply},
 * {@code complaint} and {@code conversion}, and {@code conversion.value} is a decimal string or number (written as a
 * string so no reader rounds it through a double). Absent optional fields are omitted on write; on read an absent field
 * and a JSON {@code null} mean the same.
 *
 * <p>Reading validates the item and reports every problem at once, each naming its field. The rules: every event needs
 * {@code event_id}, {@code type} and {@code occurred_at}; every type but {@code conversion} needs {@code message_id} and
 * {@code contact_id}; {@code send} needs {@code campaign_id}, {@code mailbox} and {@code sending_domain};
 * {@code bounce} needs {@code bounce.bounce_type}; {@code open} and {@code click} need {@code engagement} ({@code click}
 * also {@code engagement.url}); {@code conversion} needs {@code contact_id} and {@code conversion.conversion_type},
 * with a non-negative {@code value} (at most 4 decimal places, below 10^14) that carries an ISO 4217 {@code currency}.
 * A details object is only allowed on the types it belongs to. Strings must not be empty (omit the field instead); ids
 * and names are at most {@value #MAX_ID_LENGTH} characters, free texts ({@code user_agent}, {@code url},
 * {@code diagnostic}) at most {@value #MAX_TEXT_LENGTH}. {@code occurred_at} is truncated to milliseconds (the Avro
 * precision), must not precede 1970 and may lie at most {@link #MAX_FUTURE_SKEW} after the time the event was received.
 * Unknown fields are errors, so a misspelt optional field is never silently lost.
 */
public final class EventJson {

    /** Longest id, name or code accepted, in characters. */
    public static final int MAX_ID_LENGTH = 256;

    /** Longest free text accepted ({@code user_agent}, {@code url}, {@code diagnostic}), in characters. */
    public static final int MAX_TEXT_LENGTH = 8 * 1024;

    /** How far {@code occurred_at} may lie after the time of receipt: generous for skewed sender clocks. */
    public static final Duration MAX_FUTURE_SKEW = Duration.ofDays(1);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private EventJson() {
    }

    /**
     * Reads one event of {@code tenantId}, received at {@code receivedAt}, from a parsed JSON item.
     *
     * @param item the parsed item; anything but a JSON object is reported as an error
     * @param tenantId the tenant the event belongs to, as established by authentication; never taken from the item
     * @param receivedAt when ingestion received the item (UTC); becomes the event's {@code received_at}
     * @return the event, or every problem found in the item
     */
    public static EventReadResult read(JsonNode item, String tenantId, Instant receivedAt) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        return new EventJsonReader(receivedAt).read(item, tenantId);
    }

    /**
     * Reads one event from its JSON text, as {@link #read(JsonNode, String, Instant)} does.
     *
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static EventReadResult read(String json, String tenantId, Instant receivedAt) {
        try {
            return read(MAPPER.readTree(json), tenantId, receivedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@code event} in the wire format, without its {@code tenant_id} and {@code received_at}. */
    public static ObjectNode write(Event event) {
        ObjectNode json = NODES.objectNode();
        json.put("event_id", event.getEventId());
        json.put("type", event.getType().name());
        json.put("occurred_at", event.getOccurredAt().toString());
        putIfPresent(json, "workspace_id", event.getWorkspaceId());
        putIfPresent(json, "message_id", event.getMessageId());
        putIfPresent(json, "campaign_id", event.getCampaignId());
        putIfPresent(json, "variant", event.getVariant());
        putIfPresent(json, "sequence_step", event.getSequenceStep());
        putIfPresent(json, "mailbox", event.getMailbox());
        putIfPresent(json, "sending_domain", event.getSendingDomain());
        putIfPresent(json, "sending_ip", event.getSendingIp());
        putIfPresent(json, "contact_id", event.getContactId());
        putIfPresent(json, "recipient_domain", event.getRecipientDomain());
        if (event.getSend() != null) {
            SendDetails send = event.getSend();
            putIfPresent(json.putObject("send"), "recipient_timezone", send.getRecipientTimezone());
        }
        if (event.getDelivery() != null) {
            DeliveryDetails delivery = event.getDelivery();
            ObjectNode node = json.putObject("delivery");
            putIfPresent(node, "remote_mx", delivery.getRemoteMx());
            putIfPresent(node, "smtp_code", delivery.getSmtpCode());
            putIfPresent(node, "enhanced_status_code", delivery.getEnhancedStatusCode());
            putIfPresent(node, "diagnostic", delivery.getDiagnostic());
        }
        if (event.getBounce() != null) {
            BounceDetails bounce = event.getBounce();
            ObjectNode node = json.putObject("bounce");
            node.put("bounce_type", bounce.getBounceType().name());
            putIfPresent(node, "reason", bounce.getReason());
            putIfPresent(node, "enhanced_status_code", bounce.getEnhancedStatusCode());
            putIfPresent(node, "smtp_code", bounce.getSmtpCode());
            putIfPresent(node, "diagnostic", bounce.getDiagnostic());
            putIfPresent(node, "remote_mx", bounce.getRemoteMx());
        }
        if (event.getEngagement() != null) {
            EngagementDetails engagement = event.getEngagement();
            ObjectNode node = json.putObject("engagement");
            putIfPresent(node, "ip", engagement.getIp());
            putIfPresent(node, "user_agent", engagement.getUserAgent());
            putIfPresent(node, "url", engagement.getUrl());
            putIfPresent(node, "link_index", engagement.getLinkIndex());
            putIfPresent(node, "http_method", engagement.getHttpMethod());
            putIfPresent(node, "honeypot", engagement.getHoneypot());
        }
        if (event.getReply() != null) {
            ReplyDetails reply = event.getReply();
            json.putObject("reply").put("is_auto_reply", reply.getIsAutoReply());
        }
        if (event.getComplaint() != null) {
            ComplaintDetails complaint = event.getComplaint();
            putIfPresent(json.putObject("complaint"), "feedback_type", complaint.getFeedbackType());
        }
        if (event.getConversion() != null) {
            ConversionDetails conversion = event.getConversion();
            ObjectNode node = json.putObject("conversion");
            node.put("conversion_type", conversion.getConversionType());
            if (conversion.getValue() != null) {
                node.put("value", conversion.getValue().toPlainString());
            }
            putIfPresent(node, "currency", conversion.getCurrency());
        }
        return json;
    }

    /** Writes {@code event} in the wire format as compact JSON text. */
    public static String writeString(Event event) {
        try {
            return MAPPER.writeValueAsString(write(event));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("writing a JSON tree to a string cannot fail", e);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, Boolean value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
