package com.penguinmails.ingestion.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.ingestion.bounce.BounceReason;
import com.penguinmails.ingestion.bounce.ComplaintReport;
import com.penguinmails.ingestion.bounce.Correlation;
import com.penguinmails.ingestion.bounce.MailAnalysis;
import com.penguinmails.ingestion.bounce.MailKind;
import com.penguinmails.ingestion.bounce.RecipientOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboundEventsTest {

    private static final Instant SENT_AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:07Z");
    private static final OriginalMessage ORIGINAL =
            new OriginalMessage("acme", "m-1", "ct-9", "b-x@bounces.test", "envelope_recipient");
    private static final Correlation NONE = new Correlation(null, null, List.of(), List.of(), Map.of());

    @Test
    void aBounceBecomesOneBounceEventPerFailedRecipientAndADeferredPerDelayedOne() {
        MailAnalysis analysis = new MailAnalysis(MailKind.BOUNCE, List.of(
                new RecipientOutcome("Gone@Gmail.com", "failed", "5.1.1", 550, "550 5.1.1 no such user",
                        "gmail-smtp-in.l.google.com", BounceType.hard, BounceReason.USER_UNKNOWN),
                new RecipientOutcome("busy@yahoo.com", "delayed", "4.2.1", 451, "try later", "mx.yahoo.com",
                        BounceType.soft, BounceReason.RATE_LIMITED),
                new RecipientOutcome("ok@example.com", "delivered", "2.0.0", 250, null, null, null, null)),
                null, NONE, List.of());

        List<InboundEvent> events = InboundEvents.from(analysis, ORIGINAL, "<dsn-1@mx>", null, SENT_AT, NOW);

        assertThat(events).extracting(InboundEvent::recipient).containsExactly("gone@gmail.com", "busy@yahoo.com");
        Event bounce = events.get(0).event();
        assertThat(bounce.getType()).isEqualTo(EventType.bounce);
        assertThat(bounce.getTenantId()).isEqualTo("acme");
        assertThat(bounce.getMessageId()).isEqualTo("m-1");
        assertThat(bounce.getContactId()).isEqualTo("ct-9");
        assertThat(bounce.getRecipientDomain()).isEqualTo("gmail.com");
        assertThat(bounce.getOccurredAt()).isEqualTo(SENT_AT);
        assertThat(bounce.getReceivedAt()).isEqualTo(NOW);
        assertThat(bounce.getBounce().getBounceType()).isEqualTo(BounceType.hard);
        assertThat(bounce.getBounce().getReason()).isEqualTo("user_unknown");
        assertThat(bounce.getBounce().getEnhancedStatusCode()).isEqualTo("5.1.1");
        assertThat(bounce.getBounce().getSmtpCode()).isEqualTo(550);
        assertThat(bounce.getBounce().getDiagnostic()).isEqualTo("550 5.1.1 no such user");
        assertThat(bounce.getBounce().getRemoteMx()).isEqualTo("gmail-smtp-in.l.google.com");
        Event deferred = events.get(1).event();
        assertThat(deferred.getType()).isEqualTo(EventType.deferred);
        assertThat(deferred.getDelivery().getEnhancedStatusCode()).isEqualTo("4.2.1");
        assertThat(deferred.getDelivery().getSmtpCode()).isEqualTo(451);
        assertThat(deferred.getDelivery().getRemoteMx()).isEqualTo("mx.yahoo.com");
        assertThat(deferred.getBounce()).isNull();
    }

    @Test
    void aBounceWithoutListedRecipientsStillCountsOnceAsUndetermined() {
        MailAnalysis analysis = new MailAnalysis(MailKind.BOUNCE, List.of(), null, NONE, List.of());

        List<InboundEvent> events = InboundEvents.from(analysis, ORIGINAL, "<dsn-2@mx>", null, SENT_AT, NOW);

        assertThat(events).hasSize(1);
        assertThat(events.get(0).recipient()).isNull();
        assertThat(events.get(0).event().getBounce().getBounceType()).isEqualTo(BounceType.undetermined);
    }

    @Test
    void aComplaintCarriesTheFeedbackTypeAndTheComplainingRecipient() {
        MailAnalysis analysis = new MailAnalysis(MailKind.COMPLAINT, List.of(), new ComplaintReport("Abuse", "ua",
                "pat@corp.test", "b-x@bounces.test", "mx", "203.0.113.7", null, null, false), NONE, List.of());

        List<InboundEvent> events = InboundEvents.from(analysis, ORIGINAL, "<arf@isp>", "fbl@isp.test", SENT_AT, NOW);

        assertThat(events).singleElement().satisfies(inbound -> {
            assertThat(inbound.recipient()).isEqualTo("pat@corp.test");
            assertThat(inbound.event().getType()).isEqualTo(EventType.complaint);
            assertThat(inbound.event().getComplaint().getFeedbackType()).isEqualTo("abuse");
            assertThat(inbound.event().getRecipientDomain()).isEqualTo("corp.test");
        });
    }

    @Test
    void repliesSayWhetherTheyWereAutomatic() {
        MailAnalysis auto = new MailAnalysis(MailKind.AUTO_REPLY, List.of(), null, NONE, List.of());
        MailAnalysis human = new MailAnalysis(MailKind.REPLY, List.of(), null, NONE, List.of());

        Event autoReply = InboundEvents.from(auto, ORIGINAL, "<a@x>", "Pat@Corp.test", SENT_AT, NOW).get(0).event();
        Event reply = InboundEvents.from(human, ORIGINAL, "<b@x>", "pat@corp.test", SENT_AT, NOW).get(0).event();

        assertThat(autoReply.getType()).isEqualTo(EventType.reply);
        assertThat(autoReply.getReply().getIsAutoReply()).isTrue();
        assertThat(autoReply.getRecipientDomain()).isEqualTo("corp.test");
        assertThat(reply.getReply().getIsAutoReply()).isFalse();
    }

    @Test
    void otherMailMakesNoEvents() {
        MailAnalysis other = new MailAnalysis(MailKind.OTHER, List.of(), null, NONE, List.of());

        assertThat(InboundEvents.from(other, ORIGINAL, "<o@x>", null, SENT_AT, NOW)).isEmpty();
    }

    @Test
    void eventIdsAreStableForTheSameMailAndDifferPerRecipientMailAndMessage() {
        MailAnalysis analysis = new MailAnalysis(MailKind.BOUNCE, List.of(
                new RecipientOutcome("a@x.test", "failed", "5.1.1", 550, null, null, BounceType.hard, null),
                new RecipientOutcome("b@x.test", "failed", "5.1.1", 550, null, null, BounceType.hard, null)),
                null, NONE, List.of());

        List<String> first = ids(InboundEvents.from(analysis, ORIGINAL, "<dsn@mx>", null, SENT_AT, NOW));
        List<String> again = ids(InboundEvents.from(analysis, ORIGINAL, "<dsn@mx>", null, NOW, NOW.plusSeconds(60)));
        List<String> otherMail = ids(InboundEvents.from(analysis, ORIGINAL, "<dsn-2@mx>", null, SENT_AT, NOW));
        OriginalMessage otherMessage = new OriginalMessage("acme", "m-2", "ct-9", null, "verp_address");
        List<String> otherOriginal = ids(InboundEvents.from(analysis, otherMessage, "<dsn@mx>", null, SENT_AT, NOW));

        assertThat(first).isEqualTo(again).doesNotHaveDuplicates().allMatch(id -> id.matches("inbound-[0-9a-f]{32}"));
        assertThat(otherMail).doesNotContainAnyElementsOf(first);
        assertThat(otherOriginal).doesNotContainAnyElementsOf(first);
    }

    @Test
    void aDateInTheFutureIsClampedToTheReceiptTime() {
        MailAnalysis human = new MailAnalysis(MailKind.REPLY, List.of(), null, NONE, List.of());

        Event reply = InboundEvents.from(human, ORIGINAL, "<b@x>", null, NOW.plusSeconds(3600), NOW).get(0).event();

        assertThat(reply.getOccurredAt()).isEqualTo(NOW);
    }

    private static List<String> ids(List<InboundEvent> events) {
        return events.stream().map(inbound -> inbound.event().getEventId()).toList();
    }
}
