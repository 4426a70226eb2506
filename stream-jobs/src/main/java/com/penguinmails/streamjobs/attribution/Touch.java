package com.penguinmails.streamjobs.attribution;

import java.util.Comparator;
import java.util.Objects;

/**
 * One touch of a contact: a human open, human click or reply, with the campaign, variant and sequence step of the
 * message it belongs to.
 *
 * @param eventId the event's id; breaks ties between touches at the same instant
 * @param occurredAtMillis when it happened, epoch milliseconds (UTC)
 * @param kind open, click or reply
 * @param campaignId the message's campaign, {@code ""} when unknown
 * @param variant the message's A/B variant, {@code ""} when unknown
 * @param sequenceStep the message's 1-based sequence step, 0 when unknown
 */
public record Touch(String eventId, long occurredAtMillis, TouchKind kind, String campaignId, String variant,
        int sequenceStep) {

    /** Journey order: by time, then by event id (deterministic for touches at the same millisecond). */
    public static final Comparator<Touch> JOURNEY_ORDER =
            Comparator.comparingLong(Touch::occurredAtMillis).thenComparing(Touch::eventId);

    /** Validates; null campaign and variant become {@code ""}. */
    public Touch {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        campaignId = campaignId == null ? "" : campaignId;
        variant = variant == null ? "" : variant;
        if (sequenceStep < 0) {
            throw new IllegalArgumentException("Sequence step must not be negative: " + sequenceStep);
        }
    }
}
