package com.penguinmails.ingestion.inbound;

import com.penguinmails.ingestion.bounce.MailAnalysis;
import java.util.List;

/**
 * What recording one inbound mail did.
 *
 * @param analysis the parser's analysis
 * @param originals the messages it was correlated to: one for HTTP, one per envelope recipient for SMTP
 * @param events the events stored, possibly none
 */
public record RecordedMail(MailAnalysis analysis, List<OriginalMessage> originals, List<InboundEvent> events) {

    public RecordedMail {
        originals = List.copyOf(originals);
        events = List.copyOf(events);
    }
}
