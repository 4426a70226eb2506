package com.penguinmails.ingestion.inbound;

import com.penguinmails.events.v1.Event;
import com.penguinmails.ingestion.bounce.Correlation;
import com.penguinmails.ingestion.bounce.InboundMailParser;
import com.penguinmails.ingestion.bounce.MailAnalysis;
import com.penguinmails.ingestion.bounce.UnparseableMailException;
import com.penguinmails.ingestion.events.EventPublisher;
import com.penguinmails.ingestion.events.PublishFailedException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Records one inbound mail (bounce, delay notice, complaint, auto-reply or reply) as events, the same way for the HTTP
 * endpoint and the SMTP listener: analyse it, correlate it to the original message, make the events, store them through
 * the {@link EventPublisher}. Thread-safe.
 */
public final class InboundMailRecorder {

    private final InboundMailParser parser;
    private final VerpAddresses verp;
    private final EventPublisher publisher;
    private final Clock clock;

    public InboundMailRecorder(InboundMailParser parser, VerpAddresses verp, EventPublisher publisher, Clock clock) {
        this.parser = parser;
        this.verp = verp;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Records a mail posted by an authenticated tenant. It is correlated to the first VERP address or Message-ID in it
     * that verifies for that tenant (see {@link #candidates}); without one, its events carry the tenant only.
     *
     * @throws UnparseableMailException when the parser refuses the mail; nothing is stored
     * @throws ForeignTenantException when the only verified addresses in it belong to other tenants; nothing is stored
     * @throws PublishFailedException when the events could not be stored
     */
    public RecordedMail recordForTenant(String tenantId, byte[] message)
            throws UnparseableMailException, ForeignTenantException, PublishFailedException {
        MailAnalysis analysis = parser.analyze(message);
        OriginalMessage original = null;
        boolean foreign = false;
        for (Candidate candidate : candidates(analysis)) {
            Optional<VerpAddress> address = verp.verify(candidate.value());
            if (address.isPresent()) {
                if (address.get().tenantId().equals(tenantId)) {
                    original = OriginalMessage.of(address.get(), candidate.source());
                    break;
                }
                foreign = true;
            }
        }
        if (original == null && foreign) {
            throw new ForeignTenantException("the mail is about a message of another tenant: post it with that tenant's"
                    + " API key");
        }
        return record(analysis, message, List.of(original == null ? OriginalMessage.uncorrelated(tenantId) : original));
    }

    /**
     * Records a mail delivered over SMTP to verified VERP addresses: each envelope recipient names its tenant and
     * message, and gets its own events.
     *
     * @throws UnparseableMailException when the parser refuses the mail; nothing is stored
     * @throws PublishFailedException when the events could not be stored
     */
    public RecordedMail recordForEnvelope(List<VerpAddress> recipients, byte[] message)
            throws UnparseableMailException, PublishFailedException {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("an SMTP delivery has at least one recipient");
        }
        MailAnalysis analysis = parser.analyze(message);
        return record(analysis, message,
                recipients.stream().map(address -> OriginalMessage.of(address, "envelope_recipient")).toList());
    }

    private RecordedMail record(MailAnalysis analysis, byte[] message, List<OriginalMessage> originals)
            throws PublishFailedException {
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        TopLevelHeaders headers = TopLevelHeaders.of(message);
        String identity = headers.messageId().orElseGet(() -> "sha256:" + sha256Hex(message));
        Instant occurredAt = headers.date().orElse(receivedAt);
        String replier = headers.fromAddress().orElse(null);
        List<InboundEvent> events = new ArrayList<>();
        for (OriginalMessage original : originals) {
            events.addAll(InboundEvents.from(analysis, original, identity, replier, occurredAt, receivedAt));
        }
        if (!events.isEmpty()) {
            List<Event> stored = events.stream().map(InboundEvent::event).toList();
            publisher.publish(stored);
        }
        return new RecordedMail(analysis, originals, events);
    }

    /**
     * Where a posted mail may name our original, most specific first: the addresses the parser found (where the mail
     * was delivered to, the returned original's Return-Path...), a complaint's Original-Mail-From, then the original's
     * Message-ID, the mail's In-Reply-To and its References from newest to oldest.
     */
    static List<Candidate> candidates(MailAnalysis analysis) {
        List<Candidate> candidates = new ArrayList<>();
        Correlation correlation = analysis.correlation();
        for (String address : correlation.candidateVerpAddresses()) {
            candidates.add(new Candidate(address, "verp_address"));
        }
        if (analysis.complaint() != null && analysis.complaint().originalMailFrom() != null) {
            candidates.add(new Candidate(analysis.complaint().originalMailFrom(), "verp_address"));
        }
        String returnPath = correlation.originalHeaders().get("Return-Path");
        if (returnPath != null) {
            candidates.add(new Candidate(returnPath, "verp_address"));
        }
        if (correlation.originalMessageId() != null) {
            candidates.add(new Candidate(correlation.originalMessageId(), "message_id"));
        }
        if (correlation.inReplyTo() != null) {
            candidates.add(new Candidate(correlation.inReplyTo(), "in_reply_to"));
        }
        List<String> references = correlation.references();
        for (int i = references.size() - 1; i >= 0; i--) {
            candidates.add(new Candidate(references.get(i), "references"));
        }
        return candidates;
    }

    /** One place a mail may name our original: the text to verify and how it was found. */
    record Candidate(String value, String source) {
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
