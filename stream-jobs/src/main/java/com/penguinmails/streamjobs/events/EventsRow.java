package com.penguinmails.streamjobs.events;

import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.ComplaintDetails;
import com.penguinmails.events.v1.ConversionDetails;
import com.penguinmails.events.v1.DeliveryDetails;
import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Enrichment;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.ReplyDetails;
import com.penguinmails.events.v1.SendDetails;
import com.penguinmails.streamjobs.clickhouse.ClickHouseTable;
import com.penguinmails.streamjobs.clickhouse.RowBinaryOutput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * One row of the ClickHouse {@code events} table (schemas' {@code V0001__events.sql} and {@code V0002__enrichment.sql}),
 * made from one {@link Event}.
 *
 * <p>Components are the table's columns in order. The table has no Nullable columns: an absent string is {@code ""},
 * an absent number {@code 0}, an absent {@code link_index} {@code -1}, an absent {@code is_auto_reply} false. The
 * SMTP outcome columns ({@code remote_mx}, {@code smtp_code}, {@code enhanced_status_code}, {@code diagnostic}) come
 * from {@code bounce} when present, else from {@code delivery}, field by field. The enrichment columns of
 * {@code V0002__enrichment.sql} come from {@link Enrichment}: {@code engagement_class} is '' for events that are not
 * classified (not an open or click, or stored without enrichment), {@code classification_confidence} 0 then.
 * {@code first_of_type} ({@code V0011__first_of_type.sql}) is false for events stored without enrichment.
 */
public record EventsRow(
        String tenantId,
        Instant occurredAt,
        String eventId,
        String eventType,
        Instant receivedAt,
        String workspaceId,
        String messageId,
        String campaignId,
        String variant,
        int sequenceStep,
        String mailbox,
        String sendingDomain,
        String sendingIp,
        String contactId,
        String recipientDomain,
        String recipientTimezone,
        String remoteMx,
        String bounceType,
        String bounceReason,
        String enhancedStatusCode,
        int smtpCode,
        String diagnostic,
        String ip,
        String userAgent,
        String url,
        int linkIndex,
        String httpMethod,
        boolean honeypot,
        boolean isAutoReply,
        String feedbackType,
        String conversionType,
        BigDecimal conversionValue,
        String currency,
        String engagementClass,
        float classificationConfidence,
        List<String> classificationReasons,
        String mailboxProvider,
        String localTimezone,
        boolean firstOfMessage,
        boolean firstOfContact,
        boolean firstOfType) {

    /** The table and its columns, in the order {@link #writeTo} writes them. */
    public static final ClickHouseTable TABLE = new ClickHouseTable("events", List.of(
            "tenant_id", "occurred_at", "event_id", "event_type", "received_at", "workspace_id", "message_id",
            "campaign_id", "variant", "sequence_step", "mailbox", "sending_domain", "sending_ip", "contact_id",
            "recipient_domain", "recipient_timezone", "remote_mx", "bounce_type", "bounce_reason",
            "enhanced_status_code", "smtp_code", "diagnostic", "ip", "user_agent", "url", "link_index", "http_method",
            "honeypot", "is_auto_reply", "feedback_type", "conversion_type", "conversion_value", "currency",
            "engagement_class", "classification_confidence", "classification_reasons", "mailbox_provider",
            "local_timezone", "first_of_message", "first_of_contact", "first_of_type"));

    /** {@code link_index} of an event without one. */
    public static final int NO_LINK_INDEX = -1;

    private static final int CONVERSION_SCALE = 4;
    private static final BigDecimal MAX_CONVERSION_VALUE = new BigDecimal("99999999999999.9999");
    // DateTime64's range; ClickHouse would store values outside it as something else without complaint.
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2299-12-31T23:59:59.999Z");

    /**
     * The row for an event.
     *
     * @throws IllegalArgumentException if the event cannot be stored faithfully: blank tenant or event id, a time
     *     outside 1900..2299, {@code sequence_step} or {@code smtp_code} outside 0..65535, {@code link_index} outside
     *     0..32767, or a conversion value with more than 4 decimals or beyond Decimal(18, 4)
     */
    public static EventsRow of(Event event) {
        requireText("tenant_id", event.getTenantId());
        requireText("event_id", event.getEventId());
        SendDetails send = event.getSend();
        DeliveryDetails delivery = event.getDelivery();
        BounceDetails bounce = event.getBounce();
        EngagementDetails engagement = event.getEngagement();
        ReplyDetails reply = event.getReply();
        ComplaintDetails complaint = event.getComplaint();
        ConversionDetails conversion = event.getConversion();
        Enrichment enrichment = event.getEnrichment();
        return new EventsRow(
                event.getTenantId(),
                inRange("occurred_at", event.getOccurredAt()),
                event.getEventId(),
                event.getType().name(),
                inRange("received_at", event.getReceivedAt()),
                text(event.getWorkspaceId()),
                text(event.getMessageId()),
                text(event.getCampaignId()),
                text(event.getVariant()),
                inRange("sequence_step", event.getSequenceStep(), 0, 0xFFFF, 0),
                text(event.getMailbox()),
                text(event.getSendingDomain()),
                text(event.getSendingIp()),
                text(event.getContactId()),
                text(event.getRecipientDomain()),
                send == null ? "" : text(send.getRecipientTimezone()),
                text(first(bounce == null ? null : bounce.getRemoteMx(),
                        delivery == null ? null : delivery.getRemoteMx())),
                bounce == null ? "" : bounce.getBounceType().name(),
                bounce == null ? "" : text(bounce.getReason()),
                text(first(bounce == null ? null : bounce.getEnhancedStatusCode(),
                        delivery == null ? null : delivery.getEnhancedStatusCode())),
                inRange("smtp_code", first(bounce == null ? null : bounce.getSmtpCode(),
                        delivery == null ? null : delivery.getSmtpCode()), 0, 0xFFFF, 0),
                text(first(bounce == null ? null : bounce.getDiagnostic(),
                        delivery == null ? null : delivery.getDiagnostic())),
                engagement == null ? "" : text(engagement.getIp()),
                engagement == null ? "" : text(engagement.getUserAgent()),
                engagement == null ? "" : text(engagement.getUrl()),
                inRange("link_index", engagement == null ? null : engagement.getLinkIndex(), 0, Short.MAX_VALUE,
                        NO_LINK_INDEX),
                engagement == null ? "" : text(engagement.getHttpMethod()),
                engagement != null && Boolean.TRUE.equals(engagement.getHoneypot()),
                reply != null && reply.getIsAutoReply(),
                complaint == null ? "" : text(complaint.getFeedbackType()),
                conversion == null ? "" : conversion.getConversionType(),
                conversionValue(conversion == null ? null : conversion.getValue()),
                conversion == null ? "" : text(conversion.getCurrency()),
                enrichment == null || enrichment.getEngagementClass() == null ? ""
                        : enrichment.getEngagementClass().name(),
                enrichment == null || enrichment.getConfidence() == null ? 0.0f : enrichment.getConfidence(),
                enrichment == null ? List.of() : enrichment.getReasons(),
                enrichment == null ? "" : text(enrichment.getMailboxProvider()),
                enrichment == null ? "" : text(enrichment.getLocalTimezone()),
                enrichment != null && enrichment.getFirstOfMessage(),
                enrichment != null && enrichment.getFirstOfContact(),
                enrichment != null && enrichment.getFirstOfType());
    }

    /** Appends this row in RowBinary, columns in {@link #TABLE} order. */
    public void writeTo(RowBinaryOutput out) {
        out.writeString(tenantId);
        out.writeDateTime64Millis(occurredAt);
        out.writeString(eventId);
        out.writeString(eventType);
        out.writeDateTime64Millis(receivedAt);
        out.writeString(workspaceId);
        out.writeString(messageId);
        out.writeString(campaignId);
        out.writeString(variant);
        out.writeUInt16(sequenceStep);
        out.writeString(mailbox);
        out.writeString(sendingDomain);
        out.writeString(sendingIp);
        out.writeString(contactId);
        out.writeString(recipientDomain);
        out.writeString(recipientTimezone);
        out.writeString(remoteMx);
        out.writeString(bounceType);
        out.writeString(bounceReason);
        out.writeString(enhancedStatusCode);
        out.writeUInt16(smtpCode);
        out.writeString(diagnostic);
        out.writeString(ip);
        out.writeString(userAgent);
        out.writeString(url);
        out.writeInt16(linkIndex);
        out.writeString(httpMethod);
        out.writeBool(honeypot);
        out.writeBool(isAutoReply);
        out.writeString(feedbackType);
        out.writeString(conversionType);
        out.writeDecimal64(conversionValue, CONVERSION_SCALE);
        out.writeString(currency);
        out.writeString(engagementClass);
        out.writeFloat32(classificationConfidence);
        out.writeStringArray(classificationReasons);
        out.writeString(mailboxProvider);
        out.writeString(localTimezone);
        out.writeBool(firstOfMessage);
        out.writeBool(firstOfContact);
        out.writeBool(firstOfType);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static void requireText(String column, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(column + " is blank");
        }
    }

    private static Instant inRange(String column, Instant value) {
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new IllegalArgumentException(column + " " + value + " is outside DateTime64's 1900..2299");
        }
        return value;
    }

    private static int inRange(String column, Integer value, int min, int max, int absent) {
        if (value == null) {
            return absent;
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(column + " " + value + " is outside " + min + ".." + max);
        }
        return value;
    }

    private static BigDecimal conversionValue(BigDecimal value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(CONVERSION_SCALE);
        }
        BigDecimal scaled;
        try {
            scaled = value.setScale(CONVERSION_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("conversion_value " + value + " has more than 4 decimals", e);
        }
        if (scaled.abs().compareTo(MAX_CONVERSION_VALUE) > 0) {
            throw new IllegalArgumentException("conversion_value " + value + " does not fit Decimal(18, 4)");
        }
        return scaled;
    }
}
