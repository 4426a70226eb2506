package com.penguinmails.ingestion.bounce;

import java.util.List;
import java.util.Map;

/**
 * What links an inbound message back to the message we sent: identifiers and addresses found in it.
 *
 * @param originalMessageId the Message-ID of our original (from the returned headers or In-Reply-To), or null
 * @param inReplyTo the In-Reply-To header of the inbound message, or null
 * @param references the References header of the inbound message, oldest first; empty when absent
 * @param candidateVerpAddresses addresses this mail was delivered to or returned for (Delivered-To, X-Original-To, To,
 *     Return-Path and From of the returned original, X-Failed-Recipients...), in order of likelihood, without duplicates
 * @param originalHeaders selected headers of the returned or embedded original message (Message-ID, From, To, Subject,
 *     Date, Return-Path, List-Unsubscribe, Feedback-ID, X-PM-*), keyed by canonical header name; empty when none
 */
public record Correlation(
        String originalMessageId,
        String inReplyTo,
        List<String> references,
        List<String> candidateVerpAddresses,
        Map<String, String> originalHeaders) {

    public Correlation {
        references = List.copyOf(references);
        candidateVerpAddresses = List.copyOf(candidateVerpAddresses);
        originalHeaders = Map.copyOf(originalHeaders);
    }
}
