package com.penguinmails.ingestion.bounce;

import com.penguinmails.events.v1.BounceType;

/**
 * What happened to one recipient according to a delivery status notification.
 *
 * @param recipient the recipient address (lower-cased as written in the report), never null
 * @param action the RFC 3464 action: {@code failed}, {@code delayed}, {@code delivered}, {@code relayed} or {@code expanded}
 * @param enhancedStatusCode the RFC 3463 code such as {@code 5.1.1}; inferred from the text when the report has none; null
 *     when it could not be determined
 * @param smtpCode the SMTP reply code such as 550, or null when absent
 * @param diagnostic the remote server's diagnostic text, or null
 * @param remoteMta the host that refused or deferred the message, or null
 * @param bounceType hard, soft, block, or undetermined
 * @param reason the fine-grained reason, {@link BounceReason#UNKNOWN} when nothing matched
 */
public record RecipientOutcome(
        String recipient,
        String action,
        String enhancedStatusCode,
        Integer smtpCode,
        String diagnostic,
        String remoteMta,
        BounceType bounceType,
        BounceReason reason) {
}
