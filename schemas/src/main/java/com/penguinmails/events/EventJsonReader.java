package com.penguinmails.events;

import static com.penguinmails.events.EventJson.MAX_FUTURE_SKEW;
import static com.penguinmails.events.EventJson.MAX_ID_LENGTH;
import static com.penguinmails.events.EventJson.MAX_TEXT_LENGTH;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.ComplaintDetails;
import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.DeliveryDetails;
import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.events.v1.ReplyDetails;
import com.penguinmails.events.v1.SendDetails;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads one JSON item into an event, collecting every problem instead of stopping at the first; one per item. */
final class EventJsonReader {

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of(
            "event_id", "type", "occurred_at", "workspace_id", "message_id", "campaign_id", "variant", "sequence_step",
            "mailbox", "sending_domain", "sending_ip", "contact_id", "recipient_domain",
            "send", "delivery", "bounce", "engagement", "reply", "complaint", "conversion");

    private static final List<String> DETAILS = List.of(
            "send", "delivery", "bounce", "engagement", "reply", "complaint", "conversion");

    /** Which details object each type may carry. */
    private static final Map<EventType, String> DETAILS_OF_TYPE = detailsOfType();

    /** "unknown" is what an old reader makes of a newer type; no sender may produce it. */
    private static final List<EventType> ACCEPTED_TYPES = Arrays.stream(EventType.values())
            .filter(type -> type != EventType.unknown)
            .toList();

    /** Copied once: {@link ZoneId#getAvailableZoneIds()} builds a new set on every call. */
    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    private static final Instant EARLIEST = Instant.EPOCH;
    private static final int DECIMAL_SCALE = 4;
    private static final int DECIMAL_PRECISION = 18;
    private static final int MAX_ECHOED_VALUE_LENGTH = 64;

    private final Instant receivedAt;
    private final List<String> errors = new ArrayList<>();

    EventJsonReader(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    EventReadResult read(JsonNode item, String tenantId) {
        if (!item.isObject()) {
            return EventReadResult.invalid(List.of("an event must be a JSON object, got " + kindOf(item)));
        }
        checkFieldNames(item, "", TOP_LEVEL_FIELDS);
        String eventId = requiredString(item, "event_id", MAX_ID_LENGTH);
        EventType type = type(item);
        Instant occurredAt = occurredAt(item);

        Event.Builder event = Event.newBuilder()
                .setTenantId(tenantId)
                .setReceivedAt(receivedAt)
                .setWorkspaceId(optionalString(item, "workspace_id", MAX_ID_LENGTH))
                .setMessageId(optionalString(item, "message_id", MAX_ID_LENGTH))
                .setCampaignId(optionalString(item, "campaign_id", MAX_ID_LENGTH))
                .setVariant(optionalString(item, "variant", MAX_ID_LENGTH))
                .setSequenceStep(optionalInt(item, "sequence_step", 1, 65_535))
                .setMailbox(optionalString(item, "mailbox", MAX_ID_LENGTH))
                .setSendingDomain(optionalString(item, "sending_domain", MAX_ID_LENGTH))
                .setSendingIp(optionalString(item, "sending_ip", MAX_ID_LENGTH))
                .setContactId(optionalString(item, "contact_id", MAX_ID_LENGTH))
                .setRecipientDomain(optionalString(item, "recipient_domain", MAX_ID_LENGTH))
                .setSend(details(item, "send") ? send(item.get("send")) : null)
                .setDelivery(details(item, "delivery") ? delivery(item.get("delivery")) : null)
                .setBounce(details(item, "bounce") ? bounce(item.get("bounce")) : null)
                .setEngagement(details(item, "engagement") ? engagement(item.get("engagement")) : null)
                .setReply(details(item, "reply") ? reply(item.get("reply")) : null)
                .setComplaint(details(item, "complaint") ? complaint(item.get("complaint")) : null)
                .setConversion(details(item, "conversion") ? conversion(item.get("conversion")) : null);
        if (type != null) {
            checkDetailsBelongTo(item, type);
            checkRequiredFor(type, event);
        }
        if (!errors.isEmpty()) {
            return EventReadResult.invalid(errors);
        }
        return EventReadResult.valid(event.setEventId(eventId).setType(type).setOccurredAt(occurredAt).build());
    }

    private EventType type(JsonNode item) {
        String name = requiredString(item, "type", MAX_ID_LENGTH);
        if (name == null) {
            return null;
        }
        for (EventType type : ACCEPTED_TYPES) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        errors.add("type " + echo(name) + " is not one of " + names(ACCEPTED_TYPES));
        return null;
    }

    private Instant occurredAt(JsonNode item) {
        String text = requiredString(item, "occurred_at", MAX_ID_LENGTH);
        if (text == null) {
            return null;
        }
        Instant occurredAt;
        try {
            occurredAt = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                    .truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            errors.add("occurred_at must be an ISO-8601 timestamp with an offset, such as 2026-11-25T10:00:00Z, got "
                    + echo(text));
            return null;
        }
        if (occurredAt.isBefore(EARLIEST)) {
            errors.add("occurred_at " + occurredAt + " is before " + EARLIEST);
            return null;
        }
        Instant latest = receivedAt.plus(MAX_FUTURE_SKEW);
        if (occurredAt.isAfter(latest)) {
            errors.add("occurred_at " + occurredAt + " is more than " + MAX_FUTURE_SKEW.toHours()
                    + " hours after the time it was received (" + receivedAt + ")");
            return null;
        }
        return occurredAt;
    }

    /** Whether {@code item} carries the details object {@code field} (JSON null counts as absent). */
    private static boolean details(JsonNode item, String field) {
        JsonNode node = item.get(field);
        return node != null && !node.isNull();
    }

    private void checkDetailsBelongTo(JsonNode item, EventType type) {
        String allowed = DETAILS_OF_TYPE.get(type);
        for (String field : DETAILS) {
            if (details(item, field) && !field.equals(allowed)) {
                errors.add(field + " does not belong to type " + type
                        + (allowed == null ? " (it takes no details object)" : " (it takes " + allowed + ")"));
            }
        }
    }

    private void checkRequiredFor(EventType type, Event.Builder event) {
        if (type != EventType.conversion) {
            requireFor(type, "message_id", event.getMessageId());
        }
        requireFor(type, "contact_id", event.getContactId());
        switch (type) {
            case send -> {
                requireFor(type, "campaign_id", event.getCampaignId());
                requireFor(type, "mailbox", event.getMailbox());
                requireFor(type, "sending_domain", event.getSendingDomain());
            }
            case bounce -> requireFor(type, "bounce", event.getBounce());
            case open -> requireFor(type, "engagement", event.getEngagement());
            case click -> {
                requireFor(type, "engagement", event.getEngagement());
                if (event.getEngagement() != null) {
                    requireFor(type, "engagement.url", event.getEngagement().getUrl());
                }
            }
            case conversion -> requireFor(type, "conversion", event.getConversion());
            default -> {
                // the other types need nothing beyond message_id and contact_id
            }
        }
    }

    /** Records that {@code field} is required for {@code type} when it is absent and was not already reported. */
    private void requireFor(EventType type, String field, Object value) {
        if (value == null && notReported(field)) {
            errors.add(field + " is required for type " + type);
        }
    }

    /** Whether no error about {@code field} was recorded yet, so an invalid value is not reported twice. */
    private boolean notReported(String field) {
        return errors.stream().noneMatch(error -> error.startsWith(field + " "));
    }

    private SendDetails send(JsonNode node) {
        if (!checkObject(node, "send", Set.of("recipient_timezone"))) {
            return null;
        }
        String zone = optionalString(node, "send.recipient_timezone", MAX_ID_LENGTH);
        if (zone != null && !ZONE_IDS.contains(zone)) {
            errors.add("send.recipient_timezone " + echo(zone) + " is not an IANA time zone id such as Europe/Berlin");
        }
        return new SendDetails(zone);
    }

    private DeliveryDetails delivery(JsonNode node) {
        if (!checkObject(node, "delivery", Set.of("remote_mx", "smtp_code", "enhanced_status_code", "diagnostic"))) {
            return null;
        }
        return new DeliveryDetails(
                optionalString(node, "delivery.remote_mx", MAX_ID_LENGTH),
                optionalInt(node, "delivery.smtp_code", 100, 599),
                optionalString(node, "delivery.enhanced_status_code", MAX_ID_LENGTH),
                optionalString(node, "delivery.diagnostic", MAX_TEXT_LENGTH));
    }

    private BounceDetails bounce(JsonNode node) {
        if (!checkObject(node, "bounce",
                Set.of("bounce_type", "reason", "enhanced_status_code", "smtp_code", "diagnostic", "remote_mx"))) {
            return null;
        }
        BounceType bounceType = null;
        String name = requiredString(node, "bounce.bounce_type", MAX_ID_LENGTH);
        if (name != null) {
            bounceType = Arrays.stream(BounceType.values()).filter(t -> t.name().equals(name)).findFirst().orElse(null);
            if (bounceType == null) {
                errors.add("bounce.bounce_type " + echo(name) + " is not one of " + names(List.of(BounceType.values())));
            }
        }
        return new BounceDetails(
                bounceType,
                optionalString(node, "bounce.reason", MAX_ID_LENGTH),
                optionalString(node, "bounce.enhanced_status_code", MAX_ID_LENGTH),
                optionalInt(node, "bounce.smtp_code", 100, 599),
                optionalString(node, "bounce.diagnostic", MAX_TEXT_LENGTH),
                optionalString(node, "bounce.remote_mx", MAX_ID_LENGTH));
    }

    private EngagementDetails engagement(JsonNode node) {
        if (!checkObject(node, "engagement", Set.of("ip", "user_agent", "url", "link_index", "http_method", "honeypot"))) {
            return null;
        }
        return new EngagementDetails(
                optionalString(node, "engagement.ip", MAX_ID_LENGTH),
                optionalString(node, "engagement.user_agent", MAX_TEXT_LENGTH),
                optionalString(node, "engagement.url", MAX_TEXT_LENGTH),
                optionalInt(node, "engagement.link_index", 0, Short.MAX_VALUE),
                optionalString(node, "engagement.http_method", MAX_ID_LENGTH),
                optionalBoolean(node, "engagement.honeypot"));
    }

    private ReplyDetails reply(JsonNode node) {
        if (!checkObject(node, "reply", Set.of("is_auto_reply"))) {
            return null;
        }
        JsonNode autoReply = node.get("is_auto_reply");
        if (autoReply == null || autoReply.isNull()) {
            return new ReplyDetails(false);
        }
        if (!autoReply.isBoolean()) {
            errors.add("reply.is_auto_reply must be a boolean, got " + kindOf(autoReply));
            return null;
        }
        return new ReplyDetails(autoReply.booleanValue());
    }

    private ComplaintDetails complaint(JsonNode node) {
        if (!checkObject(node, "complaint", Set.of("feedback_type"))) {
            return null;
        }
        return new ComplaintDetails(optionalString(node, "complaint.feedback_type", MAX_ID_LENGTH));
    }

    private ConversionDetails conversion(JsonNode node) {
        if (!checkObject(node, "conversion", Set.of("conversion_type", "value", "currency"))) {
            return null;
        }
        String conversionType = requiredString(node, "conversion.conversion_type", MAX_ID_LENGTH);
        BigDecimal value = decimal(node.get("value"));
        String currency = optionalString(node, "conversion.currency", MAX_ID_LENGTH);
        if (currency != null && !isIsoCurrency(currency)) {
            errors.add("conversion.currency must be an ISO 4217 code such as USD, got " + echo(currency));
        }
        if (value != null && currency == null && notReported("conversion.currency")) {
            errors.add("conversion.currency is required when conversion.value is set");
        }
        return new ConversionDetails(conversionType, value, currency);
    }

    private BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        BigDecimal value;
        if (node.isNumber()) {
            value = node.decimalValue();
        } else if (node.isTextual()) {
            if (node.textValue().length() > MAX_ECHOED_VALUE_LENGTH) {
                errors.add("conversion.value must be a decimal number, got " + echo(node.textValue()));
                return null;
            }
            try {
                value = new BigDecimal(node.textValue().strip());
            } catch (NumberFormatException e) {
                errors.add("conversion.value must be a decimal number, got " + echo(node.textValue()));
                return null;
            }
        } else {
            errors.add("conversion.value must be a decimal number or string, got " + kindOf(node));
            return null;
        }
        if (value.signum() < 0) {
            errors.add("conversion.value must not be negative, got " + value.toPlainString());
            return null;
        }
        if (value.stripTrailingZeros().scale() > DECIMAL_SCALE) {
            errors.add("conversion.value has more than " + DECIMAL_SCALE + " decimal places: " + value.toPlainString());
            return null;
        }
        // Checked before rescaling: a value such as 1e999999999 would otherwise expand to a billion digits.
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > DECIMAL_PRECISION - DECIMAL_SCALE) {
            errors.add("conversion.value must be below 10^" + (DECIMAL_PRECISION - DECIMAL_SCALE) + ", got "
                    + echo(value.toString()));
            return null;
        }
        return value.setScale(DECIMAL_SCALE, RoundingMode.UNNECESSARY);
    }

    private static boolean isIsoCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Checks that the details object {@code path} is an object with only known fields; false when it is no object. */
    private boolean checkObject(JsonNode node, String path, Set<String> fields) {
        if (!node.isObject()) {
            errors.add(path + " must be an object, got " + kindOf(node));
            return false;
        }
        checkFieldNames(node, path + ".", fields);
        return true;
    }

    private void checkFieldNames(JsonNode node, String prefix, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (known.contains(name)) {
                continue;
            }
            if (prefix.isEmpty() && name.equals("tenant_id")) {
                errors.add("tenant_id is set from the API key");
            } else if (prefix.isEmpty() && name.equals("received_at")) {
                errors.add("received_at is set by ingestion");
            } else {
                errors.add("unknown field " + echo(prefix + name));
            }
        }
    }

    private String requiredString(JsonNode parent, String path, int maxLength) {
        JsonNode node = parent.get(leaf(path));
        if (node == null || node.isNull()) {
            errors.add(path + " is missing");
            return null;
        }
        return string(node, path, maxLength);
    }

    private String optionalString(JsonNode parent, String path, int maxLength) {
        JsonNode node = parent.get(leaf(path));
        if (node == null || node.isNull()) {
            return null;
        }
        return string(node, path, maxLength);
    }

    private String string(JsonNode node, String path, int maxLength) {
        if (!node.isTextual()) {
            errors.add(path + " must be a string, got " + kindOf(node));
            return null;
        }
        String value = node.textValue();
        if (value.isBlank()) {
            errors.add(path + " must not be empty (omit the field instead)");
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(path + " is " + value.length() + " characters long, the limit is " + maxLength);
            return null;
        }
        return value;
    }

    private Integer optionalInt(JsonNode parent, String path, int min, int max) {
        JsonNode node = parent.get(leaf(path));
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            errors.add(path + " must be an integer, got " + kindOf(node));
            return null;
        }
        if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            errors.add(path + " must be between " + min + " and " + max + ", got " + echo(node.asText()));
            return null;
        }
        return node.intValue();
    }

    private Boolean optionalBoolean(JsonNode parent, String path) {
        JsonNode node = parent.get(leaf(path));
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(path + " must be a boolean, got " + kindOf(node));
            return null;
        }
        return node.booleanValue();
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String kindOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "an integer" : "a decimal number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** Quotes a sender's value for an error message, cut short so a huge value cannot bloat the response. */
    private static String echo(String value) {
        return "'" + (value.length() > MAX_ECHOED_VALUE_LENGTH ? value.substring(0, MAX_ECHOED_VALUE_LENGTH) + "…" : value)
                + "'";
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Map<EventType, String> detailsOfType() {
        Map<EventType, String> details = new EnumMap<>(EventType.class);
        details.put(EventType.send, "send");
        details.put(EventType.delivered, "delivery");
        details.put(EventType.deferred, "delivery");
        details.put(EventType.bounce, "bounce");
        details.put(EventType.open, "engagement");
        details.put(EventType.click, "engagement");
        details.put(EventType.reply, "reply");
        details.put(EventType.complaint, "complaint");
        details.put(EventType.conversion, "conversion");
        return details;
    }
}
