package com.penguinmails.ingestion.inbound;

import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.ComplaintDetails;
import com.penguinmails.events.v1.DeliveryDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.events.v1.ReplyDetails;
import com.penguinmails.ingestion.bounce.MailAnalysis;
import com.penguinmails.ingestion.bounce.MailKind;
import com.penguinmails.ingestion.bounce.RecipientOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns the analysis of one inbound mail into v1 events for one original message: a {@code bounce} per failed
 * recipient, a {@code deferred} per delayed one, a {@code complaint} for a feedback report, a {@code reply} (auto or
 * not) for a reply, nothing for anything else. Pure: the caller passes in the times and the mail's identity.
 *
 * <p>Event ids are deterministic, so the same mail recorded twice (an MTA's retry, or the same mail by SMTP and by
 * HTTP) yields the same ids and is counted once downstream: {@code inbound-} and 32 hex digits of SHA-256 over the
 * tenant, the mail's identity (its Message-ID, else a digest of its bytes), the original message id, the recipient and
 * the event type.
 */
public final class InboundEvents {

    private static final String ID_PREFIX = "inbound-";
    private static final int ID_HEX_DIGITS = 32;

    private InboundEvents() {
    }

    /**
     * @param mailIdentity what identifies the inbound mail itself: its Message-ID, else a digest of its bytes
     * @param occurredAt when the mail says it happened (its Date), at most {@code receivedAt}
     * @param replier the From address of the inbound mail, used as the recipient of a reply; may be null
     * @return the events in report order; empty for {@link MailKind#OTHER}
     */
    public static List<InboundEvent> from(MailAnalysis analysis, OriginalMessage original, String mailIdentity,
            String replier, Instant occurredAt, Instant receivedAt) {
        List<InboundEvent> events = new ArrayList<>();
        switch (analysis.kind()) {
            case BOUNCE, DELAY -> {
                for (RecipientOutcome outcome : analysis.recipients()) {
                    String action = outcome.action() == null ? "" : outcome.action().toLowerCase(Locale.ROOT);
                    if (action.equals("failed")) {
                        events.add(bounce(outcome, original, mailIdentity, occurredAt, receivedAt));
                    } else if (action.equals("delayed")) {
                        events.add(deferred(outcome, original, mailIdentity, occurredAt, receivedAt));
                    }
                }
                if (events.isEmpty()) {
                    // The parser knows it is a bounce or a delay but could not list the recipients: still count it.
                    RecipientOutcome unknown = new RecipientOutcome(null, null, null, null, null, null,
                            BounceType.undetermined, null);
                    events.add(analysis.kind() == MailKind.BOUNCE
                            ? bounce(unknown, original, mailIdentity, occurredAt, receivedAt)
                            : deferred(unknown, original, mailIdentity, occurredAt, receivedAt));
                }
            }
            case COMPLAINT -> {
                String feedbackType = analysis.complaint() == null ? null : analysis.complaint().feedbackType();
                String recipient = analysis.complaint() == null ? null : analysis.complaint().originalRecipient();
                Event.Builder event = base(EventType.complaint, recipient, original, mailIdentity, occurredAt,
                        receivedAt)
                        .setComplaint(ComplaintDetails.newBuilder()
                                .setFeedbackType(feedbackType == null ? null : feedbackType.toLowerCase(Locale.ROOT))
                                .build());
                events.add(new InboundEvent(normalized(recipient), event.build()));
            }
            case AUTO_REPLY, REPLY -> {
                Event.Builder event = base(EventType.reply, replier, original, mailIdentity, occurredAt, receivedAt)
                        .setReply(ReplyDetails.newBuilder()
                                .setIsAutoReply(analysis.kind() == MailKind.AUTO_REPLY)
                                .build());
                events.add(new InboundEvent(normalized(replier), event.build()));
            }
            case OTHER -> {
                // A delivery receipt or an unrelated message: nothing to count.
            }
        }
        return List.copyOf(events);
    }

    private static InboundEvent bounce(RecipientOutcome outcome, OriginalMessage original, String mailIdentity,
            Instant occurredAt, Instant receivedAt) {
        Event.Builder event = base(EventType.bounce, outcome.recipient(), original, mailIdentity, occurredAt,
                receivedAt)
                .setBounce(BounceDetails.newBuilder()
                        .setBounceType(outcome.bounceType() == null ? BounceType.undetermined : outcome.bounceType())
                        .setReason(outcome.reason() == null ? null : outcome.reason().code())
                        .setEnhancedStatusCode(outcome.enhancedStatusCode())
                        .setSmtpCode(outcome.smtpCode())
                        .setDiagnostic(outcome.diagnostic())
                        .setRemoteMx(outcome.remoteMta())
                        .build());
        return new InboundEvent(normalized(outcome.recipient()), event.build());
    }

    private static InboundEvent deferred(RecipientOutcome outcome, OriginalMessage original, String mailIdentity,
            Instant occurredAt, Instant receivedAt) {
        Event.Builder event = base(EventType.deferred, outcome.recipient(), original, mailIdentity, occurredAt,
                receivedAt)
                .setDelivery(DeliveryDetails.newBuilder()
                        .setRemoteMx(outcome.remoteMta())
                        .setSmtpCode(outcome.smtpCode())
                        .setEnhancedStatusCode(outcome.enhancedStatusCode())
                        .setDiagnostic(outcome.diagnostic())
                        .build());
        return new InboundEvent(normalized(outcome.recipient()), event.build());
    }

    private static Event.Builder base(EventType type, String recipient, OriginalMessage original, String mailIdentity,
            Instant occurredAt, Instant receivedAt) {
        String address = normalized(recipient);
        return Event.newBuilder()
                .setEventId(eventId(original, mailIdentity, address, type))
                .setTenantId(original.tenantId())
                .setType(type)
                .setOccurredAt(occurredAt.isAfter(receivedAt) ? receivedAt : occurredAt)
                .setReceivedAt(receivedAt)
                .setMessageId(original.messageId())
                .setContactId(original.contactId())
                .setRecipientDomain(domainOf(address));
    }

    static String eventId(OriginalMessage original, String mailIdentity, String recipient, EventType type) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        String[] parts = {original.tenantId(), mailIdentity, original.messageId(), recipient, type.name()};
        for (String part : parts) {
            sha256.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
        }
        return ID_PREFIX + HexFormat.of().formatHex(sha256.digest()).substring(0, ID_HEX_DIGITS);
    }

    private static String normalized(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return TopLevelHeaders.address(address);
    }

    private static String domainOf(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? null : address.substring(at + 1);
    }
}
