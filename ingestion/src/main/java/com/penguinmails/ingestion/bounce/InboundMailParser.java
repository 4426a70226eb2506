package com.penguinmails.ingestion.bounce;

import java.util.List;
import java.util.Map;

/**
 * Analyses an inbound message (bounce, delay notice, complaint report, auto-reply or reply) into a {@link MailAnalysis}.
 * Thread-safe, pure (no I/O): one instance can serve every request.
 */
public final class InboundMailParser {

    public InboundMailParser() {
    }

    /**
     * Analyses one raw RFC 5322 message.
     *
     * @param rawMessage the message bytes as received (headers, blank line, body)
     * @return the analysis, never null
     * @throws UnparseableMailException when the message is too big, not a MIME message, or truncated
     */
    public MailAnalysis analyze(byte[] rawMessage) throws UnparseableMailException {
        if (rawMessage == null || rawMessage.length == 0) {
            throw new UnparseableMailException("empty message");
        }
        return new MailAnalysis(MailKind.OTHER, List.of(), null,
                new Correlation(null, null, List.of(), List.of(), Map.of()), List.of("placeholder"));
    }
}
