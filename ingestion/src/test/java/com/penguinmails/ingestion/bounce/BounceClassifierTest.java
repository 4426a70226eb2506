package com.penguinmails.ingestion.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.v1.BounceType;
import org.junit.jupiter.api.Test;

class BounceClassifierTest {

    private final BounceClassifier classifier = new BounceClassifier(BounceRules.bundled());

    @Test
    void blocklistTextOverridesAGenericPolicyCode() {
        BounceVerdict verdict = classifier.classify("5.7.1",
                "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org", "failed");

        assertThat(verdict.bounceType()).isEqualTo(BounceType.block);
        assertThat(verdict.reason()).isEqualTo(BounceReason.BLOCKLISTED);
        assertThat(verdict.enhancedStatusCode()).isEqualTo("5.7.1");
        assertThat(verdict.smtpCode()).isEqualTo(554);
    }

    @Test
    void infersUserUnknownCodeFromTextWhenTheReplyHasNone() {
        BounceVerdict verdict = classifier.classify(null, "550 <jo@example.com>... User unknown", "failed");

        assertThat(verdict.enhancedStatusCode()).isEqualTo("5.1.1");
        assertThat(verdict.bounceType()).isEqualTo(BounceType.hard);
        assertThat(verdict.reason()).isEqualTo(BounceReason.USER_UNKNOWN);
        assertThat(verdict.evidence()).anyMatch(e -> e.startsWith("code inferred from text"));
    }

    @Test
    void fullMailboxIsSoftEvenWithAPermanentCode() {
        BounceVerdict verdict = classifier.classify("5.2.2", "552 5.2.2 Mailbox full", "failed");

        assertThat(verdict.bounceType()).isEqualTo(BounceType.soft);
        assertThat(verdict.reason()).isEqualTo(BounceReason.MAILBOX_FULL);
    }

    @Test
    void rateLimitIsABlockEvenWhenTemporary() {
        BounceVerdict verdict = classifier.classify(null, "421 Too many connections from your IP", "failed");

        assertThat(verdict.bounceType()).isEqualTo(BounceType.block);
        assertThat(verdict.reason()).isEqualTo(BounceReason.RATE_LIMITED);
        assertThat(verdict.enhancedStatusCode()).isEqualTo("4.7.28");
    }

    @Test
    void temporaryUnknownFailureIsSoftAndPermanentIsHard() {
        assertThat(classifier.classify("4.0.0", "451 try later", "delayed").bounceType()).isEqualTo(BounceType.soft);
        assertThat(classifier.classify("5.0.0", "550 nope", "failed").bounceType()).isEqualTo(BounceType.hard);
    }

    @Test
    void genericStatusIsRefinedBySpecificCodeInDiagnostic() {
        BounceVerdict verdict = classifier.classify("5.0.0", "550 5.1.1 <q@example.org>: Recipient address rejected",
                "failed");

        assertThat(verdict.enhancedStatusCode()).isEqualTo("5.1.1");
        assertThat(verdict.bounceType()).isEqualTo(BounceType.hard);
    }

    @Test
    void ipAddressesAreNotMistakenForCodes() {
        assertThat(BounceClassifier.firstCode("host mx.example.com [205.1.2.3] said nothing")).isNull();
        assertThat(BounceClassifier.firstCode("host [10.2.5.1] 550 5.7.1 go away")).isEqualTo("5.7.1");
        assertThat(BounceClassifier.firstSmtpCode("[203.0.113.7] 550-5.7.1 denied")).isEqualTo(550);
        assertThat(BounceClassifier.firstSmtpCode("ERROR CODE :552 - quota")).isEqualTo(552);
    }

    @Test
    void everyReasonHasALowerSnakeCode() {
        assertThat(BounceReason.USER_UNKNOWN.code()).isEqualTo("user_unknown");
        assertThat(BounceReason.AUTHENTICATION_FAILURE.code()).isEqualTo("authentication_failure");
    }
}
