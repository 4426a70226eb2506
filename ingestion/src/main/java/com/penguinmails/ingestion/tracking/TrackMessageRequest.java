package com.penguinmails.ingestion.tracking;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /v1/tracking/messages}: one outgoing message to add tracking to. Only {@code message_id},
 * {@code contact_id} and {@code html} are required (as for every event of a message); the ids end up (signed) in every
 * tracking URL of the message and in the events recorded
 * from them. The recipient's address is never put into a URL.
 *
 * @param honeypot whether to add the hidden honeypot link; null means yes
 */
public record TrackMessageRequest(
        @JsonProperty("message_id") String messageId,
        @JsonProperty("campaign_id") String campaignId,
        @JsonProperty("variant") String variant,
        @JsonProperty("sequence_step") Integer sequenceStep,
        @JsonProperty("contact_id") String contactId,
        @JsonProperty("recipient") String recipient,
        @JsonProperty("html") String html,
        @JsonProperty("honeypot") Boolean honeypot) {
}
