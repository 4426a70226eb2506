package com.penguinmails.ingestion.bounce;

/**
 * The fields of a complaint (feedback) report, RFC 5965 ARF or a provider's variant of it. Every field may be null when
 * the report does not carry it.
 *
 * @param feedbackType {@code abuse}, {@code fraud}, {@code virus}, {@code not-spam}, {@code other}...
 * @param userAgent the reporting software
 * @param originalRecipient the complaining recipient (Original-Rcpt-To, or the To of the returned original)
 * @param originalMailFrom the envelope sender of the original (Original-Mail-From, or its Return-Path)
 * @param reportingMta the host that produced the report
 * @param sourceIp the IP address the original was received from
 * @param arrivalDate when the original arrived, as written in the report
 * @param feedbackId the Feedback-ID header of the original message
 * @param cfbl whether the original carried CFBL-Address or CFBL-Feedback-ID headers (complaint feedback loop)
 */
public record ComplaintReport(
        String feedbackType,
        String userAgent,
        String originalRecipient,
        String originalMailFrom,
        String reportingMta,
        String sourceIp,
        String arrivalDate,
        String feedbackId,
        boolean cfbl) {
}
