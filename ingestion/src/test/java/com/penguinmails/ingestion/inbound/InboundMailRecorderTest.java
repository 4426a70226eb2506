package com.penguinmails.ingestion.inbound;

import static com.penguinmails.ingestion.inbound.InboundSamples.BOUNCE_DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.ingestion.bounce.InboundMailParser;
import com.penguinmails.ingestion.bounce.MailKind;
import com.penguinmails.ingestion.bounce.UnparseableMailException;
import com.penguinmails.ingestion.events.PublishFailedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundMailRecorderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private final VerpAddresses verp = new VerpAddresses(InboundSamples.keyring(), 64);
    private final List<Event> published = new ArrayList<>();
    private final InboundMailRecorder recorder = new InboundMailRecorder(new InboundMailParser(), verp,
            published::addAll, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aPostedDsnIsCorrelatedByTheVerpAddressItWasReturnedTo() throws Exception {
        String address = verp.returnPath("acme", "m-1", "ct-9", BOUNCE_DOMAIN);

        RecordedMail mail = recorder.recordForTenant("acme",
                InboundSamples.hardBounceDsn(address, "gone@gmail.test", "dsn-1@mx.example.net"));

        assertThat(mail.analysis().kind()).isEqualTo(MailKind.BOUNCE);
        assertThat(mail.originals()).singleElement().satisfies(original -> {
            assertThat(original.messageId()).isEqualTo("m-1");
            assertThat(original.contactId()).isEqualTo("ct-9");
            assertThat(original.matchedBy()).isEqualTo("verp_address");
        });
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(EventType.bounce);
            assertThat(event.getTenantId()).isEqualTo("acme");
            assertThat(event.getMessageId()).isEqualTo("m-1");
            assertThat(event.getContactId()).isEqualTo("ct-9");
            assertThat(event.getBounce().getBounceType()).isEqualTo(BounceType.hard);
            assertThat(event.getBounce().getEnhancedStatusCode()).isEqualTo("5.1.1");
            assertThat(event.getOccurredAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
            assertThat(event.getReceivedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void theSameDsnTwiceGivesTheSameEventIds() throws Exception {
        String address = verp.returnPath("acme", "m-1", "ct-9", BOUNCE_DOMAIN);
        byte[] dsn = InboundSamples.hardBounceDsn(address, "gone@gmail.test", "dsn-1@mx.example.net");

        recorder.recordForTenant("acme", dsn);
        recorder.recordForEnvelope(List.of(verp.verify(address).orElseThrow()), dsn);

        assertThat(published).hasSize(2);
        assertThat(published.get(0).getEventId()).isEqualTo(published.get(1).getEventId());
    }

    @Test
    void aComplaintIsCorrelatedByItsOriginalMailFrom() throws Exception {
        String address = verp.returnPath("acme", "m-3", "ct-3", BOUNCE_DOMAIN);

        RecordedMail mail = recorder.recordForTenant("acme", InboundSamples.complaintArf(address, "pat@corp.test"));

        assertThat(mail.analysis().kind()).isEqualTo(MailKind.COMPLAINT);
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(EventType.complaint);
            assertThat(event.getMessageId()).isEqualTo("m-3");
            assertThat(event.getComplaint().getFeedbackType()).isEqualTo("abuse");
        });
    }

    @Test
    void repliesAreCorrelatedByInReplyToWhenTheMessageIdWasAVerpToken() throws Exception {
        String messageId = "<" + verp.localPart("acme", "m-4", "ct-4") + "@send.acme.test>";

        RecordedMail auto = recorder.recordForTenant("acme", InboundSamples.autoReply("pat@corp.test", messageId));
        RecordedMail human = recorder.recordForTenant("acme", InboundSamples.humanReply("pat@corp.test", messageId));

        assertThat(auto.analysis().kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(human.analysis().kind()).isEqualTo(MailKind.REPLY);
        assertThat(published).extracting(event -> event.getReply().getIsAutoReply()).containsExactly(true, false);
        assertThat(published).allSatisfy(event -> {
            assertThat(event.getType()).isEqualTo(EventType.reply);
            assertThat(event.getMessageId()).isEqualTo("m-4");
            assertThat(event.getRecipientDomain()).isEqualTo("corp.test");
        });
        assertThat(auto.originals().get(0).matchedBy()).isIn("in_reply_to", "message_id");
    }

    @Test
    void aMailAboutAnotherTenantsMessageIsRefusedAndNothingIsStored() {
        String globex = verp.returnPath("globex", "m-9", "ct-9", BOUNCE_DOMAIN);

        assertThatThrownBy(() -> recorder.recordForTenant("acme",
                InboundSamples.hardBounceDsn(globex, "gone@gmail.test", "dsn-9@mx")))
                .isInstanceOf(ForeignTenantException.class);
        assertThat(published).isEmpty();
    }

    @Test
    void anUncorrelatedMailIsRecordedForThePostingTenantOnly() throws Exception {
        RecordedMail mail = recorder.recordForTenant("acme",
                InboundSamples.hardBounceDsn("sam@send.acme.test", "gone@gmail.test", "dsn-5@mx"));

        assertThat(mail.originals().get(0).matchedBy()).isEqualTo("none");
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.getTenantId()).isEqualTo("acme");
            assertThat(event.getMessageId()).isNull();
        });
    }

    @Test
    void brokenMailIsRefusedWithoutStoringAnything() {
        String address = verp.returnPath("acme", "m-1", "ct-9", BOUNCE_DOMAIN);
        for (byte[] broken : List.of(InboundSamples.binaryGarbage(), new byte[0])) {
            assertThatThrownBy(() -> recorder.recordForTenant("acme", broken))
                    .isInstanceOf(UnparseableMailException.class);
        }
        assertThatThrownBy(() -> recorder.recordForEnvelope(List.of(verp.verify(address).orElseThrow()),
                InboundSamples.binaryGarbage())).isInstanceOf(UnparseableMailException.class);
        assertThat(published).isEmpty();
    }

    @Test
    void aPublishFailureReachesTheCaller() {
        InboundMailRecorder failing = new InboundMailRecorder(new InboundMailParser(), verp, events -> {
            throw new PublishFailedException("the store is down", null);
        }, Clock.systemUTC());
        String address = verp.returnPath("acme", "m-1", "ct-9", BOUNCE_DOMAIN);

        assertThatThrownBy(() -> failing.recordForTenant("acme",
                InboundSamples.hardBounceDsn(address, "gone@gmail.test", "dsn-1@mx")))
                .isInstanceOf(PublishFailedException.class);
    }
}
