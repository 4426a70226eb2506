package com.penguinmails.ingestion.tracking;

import java.util.Objects;

/**
 * What one signed tracking URL stands for: which tenant's message, contact and link a request on it is about. Made by
 * the sender API, carried (signed) in the URL, and read back by {@link TrackingTokens#verify} when the URL is requested.
 *
 * @param purpose which endpoint the token is valid on; a pixel token never unsubscribes anyone
 * @param tenantId the tenant whose key signs the token, never null
 * @param messageId the sent message, never null
 * @param campaignId nullable
 * @param variant A/B variant label, nullable
 * @param sequenceStep 1-based step of the sequence, nullable, never negative
 * @param contactId nullable
 * @param linkIndex 0-based position of the link in the message for a click token, null otherwise; never negative
 * @param targetUrl absolute http(s) URL a click redirects to; null for other purposes and for a honeypot link
 * @param honeypot whether this is the hidden link no person can see (only for a click token)
 */
public record TrackingToken(
        Purpose purpose,
        String tenantId,
        String messageId,
        String campaignId,
        String variant,
        Integer sequenceStep,
        String contactId,
        Integer linkIndex,
        String targetUrl,
        boolean honeypot) {

    /** The endpoint a token is valid on. */
    public enum Purpose {
        /** {@code /t/o/}: the open pixel. */
        OPEN,
        /** {@code /t/c/}: a link click. */
        CLICK,
        /** {@code /t/u/}: the one-click unsubscribe. */
        UNSUBSCRIBE
    }

    public TrackingToken {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(messageId, "messageId");
        if (sequenceStep != null && sequenceStep < 0) {
            throw new IllegalArgumentException("sequenceStep must not be negative");
        }
        if (linkIndex != null && linkIndex < 0) {
            throw new IllegalArgumentException("linkIndex must not be negative");
        }
    }

    /** The same token for another purpose, link index, target and honeypot flag. */
    public TrackingToken with(Purpose purpose, Integer linkIndex, String targetUrl, boolean honeypot) {
        return new TrackingToken(purpose, tenantId, messageId, campaignId, variant, sequenceStep, contactId, linkIndex,
                targetUrl, honeypot);
    }
}
