package com.penguinmails.ingestion.bounce;

import java.util.List;

/**
 * The result of analysing one inbound message.
 *
 * @param kind what the message is
 * @param recipients one outcome per recipient reported on (empty unless a bounce or delay notification)
 * @param complaint the complaint report, non-null only when {@code kind} is {@link MailKind#COMPLAINT}
 * @param correlation identifiers linking the message to our original; never null
 * @param evidence the rules that fired, in order, for offline analysis and debugging
 */
public record MailAnalysis(
        MailKind kind,
        List<RecipientOutcome> recipients,
        ComplaintReport complaint,
        Correlation correlation,
        List<String> evidence) {

    public MailAnalysis {
        recipients = List.copyOf(recipients);
        evidence = List.copyOf(evidence);
    }
}
