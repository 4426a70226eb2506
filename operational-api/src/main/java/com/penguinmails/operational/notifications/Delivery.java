package com.penguinmails.operational.notifications;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;

/**
 * One notification to one target, as stored in the delivery queue and shown in a webhook's delivery log.
 *
 * @param id {@code dl-<uuid>}; also the {@code id} inside the payload and the {@code PenguinMails-Delivery-Id} header
 * @param kind {@code webhook}, {@code email} or {@code sms}
 * @param target what receives it, unique with {@code dedupKey}: {@code webhook:<endpoint id>},
 *     {@code channel:<id>} (email) or {@code channel:<id>:<phone number>} (SMS)
 * @param endpointId the webhook endpoint, for webhook deliveries
 * @param channelId the notification channel it came from, if any
 * @param recipients email addresses or the phone number; empty for webhooks
 * @param eventType e.g. {@code alert.fired}, {@code bounce}, {@code webhook.test}
 * @param dedupKey what was notified, e.g. {@code alert:<alert id>:firing}
 * @param payload the JSON envelope sent (webhook body; rendered as text for email and SMS)
 * @param status {@code pending}, {@code delivered} or {@code parked}
 * @param attempts attempts made so far
 * @param nextAttemptAt when a pending delivery is tried next; null otherwise
 * @param lastResponseCode the HTTP status of the last webhook attempt, if any
 * @param lastError why the last attempt failed (parked: why it was given up), if it did
 */
public record Delivery(
        @JsonProperty("id") String id,
        @JsonIgnore String tenantId,
        @JsonProperty("kind") String kind,
        @JsonIgnore String target,
        @JsonIgnore String endpointId,
        @JsonIgnore String channelId,
        @JsonIgnore List<String> recipients,
        @JsonProperty("event_type") String eventType,
        @JsonIgnore String dedupKey,
        @JsonProperty("payload") @JsonRawValue String payload,
        @JsonProperty("status") String status,
        @JsonProperty("attempts") int attempts,
        @JsonProperty("next_attempt_at") @JsonInclude(JsonInclude.Include.ALWAYS) Instant nextAttemptAt,
        @JsonProperty("last_attempt_at") @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastAttemptAt,
        @JsonProperty("last_response_code") @JsonInclude(JsonInclude.Include.ALWAYS) Integer lastResponseCode,
        @JsonProperty("last_error") @JsonInclude(JsonInclude.Include.ALWAYS) String lastError,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("delivered_at") @JsonInclude(JsonInclude.Include.ALWAYS) Instant deliveredAt) {

    /** Webhook deliveries. */
    public static final String WEBHOOK = "webhook";
    /** Email deliveries. */
    public static final String EMAIL = "email";
    /** SMS deliveries. */
    public static final String SMS = "sms";

    public Delivery {
        recipients = List.copyOf(recipients);
    }
}
