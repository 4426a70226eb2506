package com.penguinmails.ingestion.inbound;

import com.penguinmails.ingestion.tracking.TenantKeyIds;
import com.penguinmails.ingestion.tracking.TrackingKeyring;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Hand-written inbound mail (RFC 3464 DSN, RFC 5965 ARF, RFC 3834 auto-reply, a person's reply) and keys for tests. */
final class InboundSamples {

    static final String BOUNCE_DOMAIN = "bounces.penguin.test";

    private InboundSamples() {
    }

    /** Keys of tenants acme (active k2, retired k1) and globex (active g1), from a fixed master secret. */
    static TrackingKeyring keyring() {
        return keyring(List.of(new TenantKeyIds("acme", "k2", Set.of("k1")),
                new TenantKeyIds("globex", "g1", Set.of())));
    }

    static TrackingKeyring keyring(List<TenantKeyIds> tenants) {
        byte[] master = new byte[32];
        Arrays.fill(master, (byte) 7);
        return new TrackingKeyring(master, tenants);
    }

    /** An RFC 3464 report from Postfix: {@code recipient} failed with 550 5.1.1; the original was from {@code verp}. */
    static byte[] hardBounceDsn(String verp, String recipient, String dsnMessageId) {
        return crlf("""
                Return-Path: <>
                Delivered-To: %1$s
                Date: Wed, 25 Nov 2026 10:00:00 +0000
                From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
                Subject: Undelivered Mail Returned to Sender
                To: %1$s
                Message-ID: <%3$s>
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY-1"

                --BOUNDARY-1
                Content-Type: text/plain; charset=us-ascii

                This is the mail system at host mx.example.net.
                I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

                <%2$s>: host gmail-smtp-in.l.google.com[142.250.1.26] said: 550 5.1.1 The email account that you
                    tried to reach does not exist. (in reply to RCPT TO command)

                --BOUNDARY-1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.net
                Arrival-Date: Wed, 25 Nov 2026 09:59:58 +0000

                Final-Recipient: rfc822; %2$s
                Original-Recipient: rfc822;%2$s
                Action: failed
                Status: 5.1.1
                Remote-MTA: dns; gmail-smtp-in.l.google.com
                Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

                --BOUNDARY-1
                Content-Type: text/rfc822-headers

                Return-Path: <%1$s>
                From: Sam <sam@send.acme.test>
                To: %2$s
                Subject: Quick question
                Message-ID: <orig-1@send.acme.test>
                Date: Wed, 25 Nov 2026 09:59:50 +0000

                --BOUNDARY-1--
                """.formatted(verp, recipient, dsnMessageId));
    }

    /** A "delayed" DSN for {@code recipient}: 451 4.2.1, still being retried. */
    static byte[] delayDsn(String verp, String recipient) {
        return crlf("""
                Date: Wed, 25 Nov 2026 11:00:00 +0000
                From: MAILER-DAEMON@mx.example.net
                To: %1$s
                Subject: Delayed Mail (still being retried)
                Message-ID: <delay-1@mx.example.net>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="B2"

                --B2
                Content-Type: text/plain

                Your message has not been delivered yet. The system will keep trying.

                --B2
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.net

                Final-Recipient: rfc822; %2$s
                Action: delayed
                Status: 4.2.1
                Remote-MTA: dns; mx.yahoo.test
                Diagnostic-Code: smtp; 451 4.2.1 mailbox temporarily unavailable
                Will-Retry-Until: Fri, 27 Nov 2026 11:00:00 +0000

                --B2
                Content-Type: text/rfc822-headers

                Return-Path: <%1$s>
                To: %2$s
                Message-ID: <orig-2@send.acme.test>

                --B2--
                """.formatted(verp, recipient));
    }

    /** An RFC 5965 abuse report about our original, whose envelope sender was {@code verp}. */
    static byte[] complaintArf(String verp, String recipient) {
        return crlf("""
                From: <feedbackloop@isp.test>
                Date: Thu, 26 Nov 2026 08:00:00 +0000
                Subject: FW: Quick question
                To: <abuse@send.acme.test>
                Message-ID: <arf-1@isp.test>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=feedback-report; boundary="part1_13d.2e68ed54_boundary"

                --part1_13d.2e68ed54_boundary
                Content-Type: text/plain; charset="US-ASCII"

                This is an email abuse report for an email message received from IP 203.0.113.7 on Thu, 26 Nov 2026.

                --part1_13d.2e68ed54_boundary
                Content-Type: message/feedback-report

                Feedback-Type: abuse
                User-Agent: SomeGenerator/1.0
                Version: 1
                Original-Mail-From: <%1$s>
                Original-Rcpt-To: <%2$s>
                Arrival-Date: Thu, 26 Nov 2026 07:59:00 +0000
                Source-IP: 203.0.113.7
                Reported-Domain: send.acme.test

                --part1_13d.2e68ed54_boundary
                Content-Type: message/rfc822

                Return-Path: <%1$s>
                From: Sam <sam@send.acme.test>
                To: %2$s
                Subject: Quick question
                Message-ID: <orig-3@send.acme.test>
                Date: Wed, 25 Nov 2026 09:59:50 +0000

                Hi, a quick question.

                --part1_13d.2e68ed54_boundary--
                """.formatted(verp, recipient));
    }

    /** An RFC 3834 out-of-office answer to the message whose Message-ID is {@code inReplyTo}. */
    static byte[] autoReply(String from, String inReplyTo) {
        return crlf("""
                From: Pat <%1$s>
                To: Sam <sam@send.acme.test>
                Date: Wed, 25 Nov 2026 12:00:00 +0000
                Subject: Automatic reply: Quick question
                Message-ID: <ooo-1@corp.test>
                In-Reply-To: %2$s
                References: %2$s
                Auto-Submitted: auto-replied
                Content-Type: text/plain; charset=utf-8

                I am out of the office until Monday and will answer when I am back.
                """.formatted(from, inReplyTo));
    }

    /** A person's answer to the message whose Message-ID is {@code inReplyTo}. */
    static byte[] humanReply(String from, String inReplyTo) {
        return crlf("""
                From: Pat <%1$s>
                To: Sam <sam@send.acme.test>
                Date: Wed, 25 Nov 2026 13:00:00 +0000
                Subject: Re: Quick question
                Message-ID: <reply-1@corp.test>
                In-Reply-To: %2$s
                References: <older@corp.test> %2$s
                Content-Type: text/plain; charset=utf-8

                Sounds interesting, can we talk on Tuesday?

                > Hi, a quick question.
                """.formatted(from, inReplyTo));
    }

    /** Bytes that are no mail at all. */
    static byte[] binaryGarbage() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /** A bounce cut off inside its delivery-status part: the report is incomplete, the closing boundary never comes. */
    static byte[] truncated(String verp) {
        byte[] whole = hardBounceDsn(verp, "gone@gmail.test", "trunc@mx.example.net");
        String text = new String(whole, StandardCharsets.US_ASCII);
        return text.substring(0, text.indexOf("Final-Recipient") + 11).getBytes(StandardCharsets.US_ASCII);
    }

    /** MIME whose header section is broken: it starts with a line that is no header field, then multipart headers. */
    static byte[] malformedMime() {
        return crlf("""
                <<< this line is no header field >>>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="zz"

                --zz
                Content-Type: message/delivery-status

                Reporting-MTA: dns; broken.test
                --zz--
                """);
    }

    static byte[] crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
