package com.penguinmails.operational.webhooks;

import java.util.List;
import java.util.Locale;

/**
 * What a webhook endpoint can subscribe to: alerts ({@code alert.fired}, {@code alert.resolved}) and every event type
 * of the {@code events.raw} stream, named as in the event JSON ({@code bounce}, {@code complaint}, ...).
 */
public final class WebhookEventTypes {

    /** An alert started firing. */
    public static final String ALERT_FIRED = "alert.fired";
    /** An alert resolved. */
    public static final String ALERT_RESOLVED = "alert.resolved";
    /** The "send test event" action; needs no subscription. */
    public static final String TEST = "webhook.test";

    /** Every subscribable type. */
    public static final List<String> ALL = List.of(ALERT_FIRED, ALERT_RESOLVED, "send", "delivered", "deferred",
            "bounce", "open", "click", "reply", "unsubscribe", "complaint", "conversion");

    private WebhookEventTypes() {
    }

    /** The subscription type of an alert in {@code state} ({@code firing} or {@code resolved}). */
    public static String ofAlertState(String state) {
        return "resolved".equals(state) ? ALERT_RESOLVED : ALERT_FIRED;
    }

    /** The subscription type of an event of Avro type {@code type}. */
    public static String ofEventType(Enum<?> type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
