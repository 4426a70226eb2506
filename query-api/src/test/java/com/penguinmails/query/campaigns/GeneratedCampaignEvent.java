package com.penguinmails.query.campaigns;

import com.penguinmails.query.store.ClickHouseText;
import java.time.Instant;

/**
 * One enriched event the campaign ITs insert into {@code events}, with what the V0003 views and the expectations read.
 *
 * @param tenant the tenant
 * @param eventId unique per tenant
 * @param type the event type
 * @param at when it occurred
 * @param messageId its message
 * @param workspaceId its workspace
 * @param campaignId its campaign
 * @param variant its variant
 * @param step its sequence step
 * @param provider the mailbox provider
 * @param sendingDomain the sending domain
 * @param bounceType hard, soft or block for bounces, else ""
 * @param engagementClass the class of an open or click, else ""
 * @param firstOfMessage whether this is the message's first human open or click
 * @param autoReply whether a reply is automatic
 */
record GeneratedCampaignEvent(String tenant, String eventId, String type, Instant at, String messageId,
        String workspaceId, String campaignId, String variant, int step, String provider, String sendingDomain, String bounceType,
        String engagementClass, boolean firstOfMessage, boolean autoReply) {

    static final String COLUMNS = "tenant_id, event_id, event_type, occurred_at, message_id, workspace_id, campaign_id, variant,"
            + " sequence_step, mailbox_provider, sending_domain, mailbox, bounce_type, bounce_reason,"
            + " engagement_class, first_of_message, is_auto_reply";


    /** The row as a VALUES tuple (generated text only, no quotes inside). */
    String valuesTuple() {
        return "('" + tenant + "', '" + eventId + "', '" + type + "', '" + ClickHouseText.dateTime64Millis(at) + "', '"
                + messageId + "', '" + workspaceId + "', '" + campaignId + "', '" + variant + "', " + step + ", '" + provider + "', '"
                + sendingDomain + "', 'sam@" + sendingDomain + "', '" + bounceType + "', '"
                + (bounceType.isEmpty() ? "" : "user_unknown") + "', '" + engagementClass + "', "
                + (firstOfMessage ? 1 : 0) + ", " + (autoReply ? 1 : 0) + ")";
    }

    boolean in(Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
