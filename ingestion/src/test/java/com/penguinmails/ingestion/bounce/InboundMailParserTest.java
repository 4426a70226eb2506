package com.penguinmails.ingestion.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.events.v1.BounceType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class InboundMailParserTest {

    private final InboundMailParser parser = new InboundMailParser();

    private static byte[] corpus(String path) throws Exception {
        return Files.readAllBytes(BounceCorpus.root().resolve(path));
    }

    @Test
    void readsAPostfixDeliveryStatusReport() throws Exception {
        MailAnalysis analysis = parser.analyze(corpus("postfix/user-unknown.eml"));

        assertThat(analysis.kind()).isEqualTo(MailKind.BOUNCE);
        assertThat(analysis.recipients()).singleElement().satisfies(r -> {
            assertThat(r.recipient()).isEqualTo("jo@example.com");
            assertThat(r.action()).isEqualTo("failed");
            assertThat(r.enhancedStatusCode()).isEqualTo("5.1.1");
            assertThat(r.smtpCode()).isEqualTo(550);
            assertThat(r.remoteMta()).isEqualTo("mx.example.com");
            assertThat(r.bounceType()).isEqualTo(BounceType.hard);
            assertThat(r.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
        });
    }

    @Test
    void correlatesABounceWithTheOriginalMessageAndVerpAddress() throws Exception {
        MailAnalysis analysis = parser.analyze(corpus("postfix/user-unknown.eml"));

        Correlation correlation = analysis.correlation();
        assertThat(correlation.originalMessageId()).matches("<m-\\d+@send\\.acme\\.io>");
        assertThat(correlation.candidateVerpAddresses().get(0)).startsWith("bounces+t1.m-");
        assertThat(correlation.originalHeaders()).containsKeys("Message-ID", "Return-Path", "Feedback-ID",
                "X-PM-Message");
    }

    @Test
    void readsAnArfComplaintWithItsFeedbackLoopHeaders() throws Exception {
        MailAnalysis analysis = parser.analyze(corpus("yahoo-cfl/cfbl.eml"));

        assertThat(analysis.kind()).isEqualTo(MailKind.COMPLAINT);
        ComplaintReport complaint = analysis.complaint();
        assertThat(complaint.feedbackType()).isEqualTo("abuse");
        assertThat(complaint.originalRecipient()).isEqualTo("cfl-user@yahoo.com");
        assertThat(complaint.sourceIp()).isEqualTo("203.0.113.7");
        assertThat(complaint.feedbackId()).isEqualTo("c-1:t1:penguinmails:acme");
        assertThat(complaint.cfbl()).isTrue();
        assertThat(complaint.originalMailFrom()).startsWith("bounces+t1.m-");
    }

    @Test
    void tellsAutoRepliesFromHumanReplies() throws Exception {
        MailAnalysis auto = parser.analyze(corpus("rfc3834/rfc3834-auto-replied.eml"));
        MailAnalysis human = parser.analyze(corpus("replies/human-mentions-vacation-in-body.eml"));

        assertThat(auto.kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(auto.correlation().originalMessageId()).isEqualTo("<m-1@send.acme.io>");
        assertThat(human.kind()).isEqualTo(MailKind.REPLY);
        assertThat(human.correlation().inReplyTo()).isEqualTo("<m-5@send.acme.io>");
    }

    @Test
    void readsAQmailBounceWithoutMimeStructure() throws Exception {
        MailAnalysis analysis = parser.analyze(corpus("qmail/two-addresses.eml"));

        assertThat(analysis.recipients()).extracting(RecipientOutcome::recipient)
                .containsExactly("mia@example.com", "nat@example.com");
        assertThat(analysis.recipients()).extracting(RecipientOutcome::bounceType)
                .containsExactly(BounceType.hard, BounceType.block);
        assertThat(analysis.correlation().originalMessageId()).isNotNull();
    }

    @Test
    void rejectsMessagesOverTheSizeLimit() {
        InboundMailParser small = new InboundMailParser(1024);
        byte[] big = ("Subject: x\r\n\r\n" + "a".repeat(2000)).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> small.analyze(big)).isInstanceOf(UnparseableMailException.class)
                .hasMessageContaining("too big");
    }

    @Test
    void rejectsBinaryGarbage() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);

        assertThatThrownBy(() -> parser.analyze(garbage)).isInstanceOf(UnparseableMailException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void rejectsTextWithoutAHeaderSection() {
        byte[] text = "Hello there,\n\nthis is not a mail message.\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> parser.analyze(text)).isInstanceOf(UnparseableMailException.class)
                .hasMessageContaining("header");
    }

    @Test
    void rejectsAReportTruncatedBeforeItsStatusPart() throws Exception {
        String full = new String(corpus("postfix/user-unknown.eml"), StandardCharsets.UTF_8);
        String truncated = full.substring(0, full.indexOf("Content-Type: message/delivery-status"));

        assertThatThrownBy(() -> parser.analyze(truncated.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnparseableMailException.class).hasMessageContaining("truncated");
    }

    @Test
    void acceptsAReportMissingOnlyItsClosingBoundary() throws Exception {
        MailAnalysis analysis = parser.analyze(corpus("tricky/missing-closing-boundary.eml"));

        assertThat(analysis.kind()).isEqualTo(MailKind.BOUNCE);
        assertThat(analysis.evidence()).anyMatch(e -> e.contains("no closing boundary"));
    }
}
