package com.penguinmails.ingestion.inbound;

/**
 * Which sent message an inbound mail is about, as far as it could be correlated.
 *
 * @param tenantId the tenant the events are recorded for, never null
 * @param messageId the tenant's id of the original message, or null when nothing in the mail names it
 * @param contactId the tenant's id of the recipient contact, or null when unknown
 * @param verpAddress the verified VERP address (or Message-ID) that named the message, or null
 * @param matchedBy how it was found: {@code envelope_recipient} (SMTP RCPT TO), {@code verp_address} (an address in the
 *     mail or its returned original), {@code message_id}, {@code in_reply_to}, {@code references}, or {@code none}
 */
public record OriginalMessage(
        String tenantId, String messageId, String contactId, String verpAddress, String matchedBy) {

    /** A message known only by its tenant: nothing in the mail named one of the tenant's messages. */
    static OriginalMessage uncorrelated(String tenantId) {
        return new OriginalMessage(tenantId, null, null, null, "none");
    }

    static OriginalMessage of(VerpAddress address, String matchedBy) {
        return new OriginalMessage(address.tenantId(), address.messageId(), address.contactId(), address.address(),
                matchedBy);
    }
}
