package com.penguinmails.query.cohorts;

import com.penguinmails.query.store.ClickHouseText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of {@code events} as the stream job's sink would store it, reduced to the columns cohorts read: the
 * enrichment's engagement class included (the tests take it from the traffic generator's ground truth).
 */
record StoredEvent(String tenantId, String eventId, String type, Instant occurredAt, String campaignId,
        String contactId, String engagementClass, boolean autoReply, String currency, BigDecimal value) {

    boolean humanOpen() {
        return type.equals("open") && (engagementClass.equals("human") || engagementClass.equals("image_proxy"));
    }

    boolean humanClick() {
        return type.equals("click") && engagementClass.equals("human");
    }

    boolean humanReply() {
        return type.equals("reply") && !autoReply;
    }

    StoredEvent withTenant(String tenant) {
        return new StoredEvent(tenant, eventId, type, occurredAt, campaignId, contactId, engagementClass, autoReply,
                currency, value);
    }

    /** The row as one JSONEachRow object. */
    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", tenantId);
        row.put("occurred_at", ClickHouseText.dateTime64Millis(occurredAt));
        row.put("event_id", eventId);
        row.put("event_type", type);
        row.put("received_at", ClickHouseText.dateTime64Millis(occurredAt));
        row.put("campaign_id", campaignId);
        row.put("contact_id", contactId);
        row.put("link_index", -1);
        row.put("engagement_class", engagementClass);
        row.put("is_auto_reply", autoReply);
        row.put("currency", currency);
        row.put("conversion_value", value.toPlainString());
        return row;
    }
}
