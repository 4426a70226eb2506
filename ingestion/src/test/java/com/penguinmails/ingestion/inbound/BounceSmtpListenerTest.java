package com.penguinmails.ingestion.inbound;

import static com.penguinmails.ingestion.inbound.InboundSamples.BOUNCE_DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.ingestion.bounce.InboundMailParser;
import com.penguinmails.ingestion.events.PublishFailedException;
import io.dropwizard.util.DataSize;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP listener on a real socket, recording into a list instead of Kafka. */
class BounceSmtpListenerTest {

    private final VerpAddresses verp = new VerpAddresses(InboundSamples.keyring(), 64);
    private final List<Event> published = new ArrayList<>();
    private volatile boolean storeDown;
    private BounceSmtpListener listener;

    @BeforeEach
    void start() {
        SmtpListenerFactory settings = new SmtpListenerFactory();
        settings.setPort(0);
        settings.setBounceDomains(List.of(BOUNCE_DOMAIN));
        settings.setMaxMessageSize(DataSize.kibibytes(32));
        InboundMailRecorder recorder = new InboundMailRecorder(new InboundMailParser(), verp, events -> {
            if (storeDown) {
                throw new PublishFailedException("the store is down", null);
            }
            synchronized (published) {
                published.addAll(events);
            }
        }, Clock.systemUTC());
        listener = settings.build(recorder, verp);
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.stop();
    }

    @Test
    void recordsADsnDeliveredToAVerpAddress() throws Exception {
        String address = verp.returnPath("acme", "m-1", "ct-9", BOUNCE_DOMAIN);
        try (SmtpClient smtp = SmtpClient.connect(listener.port())) {
            assertThat(smtp.reply()).startsWith("220");
            assertThat(smtp.command("EHLO mx.example.net")).startsWith("250");
            assertThat(smtp.command("MAIL FROM:<>")).startsWith("250");
            assertThat(smtp.command("RCPT TO:<" + address + ">")).startsWith("250");
            assertThat(smtp.data(InboundSamples.hardBounceDsn(address, "gone@gmail.test", "dsn-1@mx")))
                    .startsWith("250").contains("bounce: 1 event(s) recorded");
        }
        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(EventType.bounce);
            assertThat(event.getTenantId()).isEqualTo("acme");
            assertThat(event.getMessageId()).isEqualTo("m-1");
            assertThat(event.getContactId()).isEqualTo("ct-9");
        });
    }

    @Test
    void refusesRecipientsThatAreNotVerpAddressesOfABounceDomain() throws Exception {
        String otherDomain = verp.returnPath("acme", "m-1", "ct-9", "elsewhere.test");
        String valid = verp.returnPath("acme", "m-1", "ct-9", BOUNCE_DOMAIN);
        String forged = valid.substring(0, 6) + (valid.charAt(6) == 'q' ? 'r' : 'q') + valid.substring(7);
        try (SmtpClient smtp = SmtpClient.connect(listener.port())) {
            smtp.reply();
            smtp.command("HELO mx.example.net");
            smtp.command("MAIL FROM:<>");
            assertThat(smtp.command("RCPT TO:<postmaster@" + BOUNCE_DOMAIN + ">")).startsWith("550 5.1.1");
            assertThat(smtp.command("RCPT TO:<" + otherDomain + ">")).startsWith("550 5.1.1");
            assertThat(smtp.command("RCPT TO:<" + forged + ">")).startsWith("550 5.1.1");
            assertThat(smtp.command("DATA")).startsWith("503");
        }
    }

    @Test
    void answersBrokenOversizedAndUnstorableMailWithClearCodesAndKeepsServing() throws Exception {
        String address = verp.returnPath("acme", "m-1", "ct-9", BOUNCE_DOMAIN);
        byte[] huge = InboundSamples.crlf("From: a@b.test\nSubject: big\n\n" + "x".repeat(100).repeat(400) + "\n");

        assertThat(deliver(address, InboundSamples.binaryGarbage())).startsWith("554 5.6.0");
        assertThat(deliver(address, InboundSamples.truncated(address))).startsWith("554 5.6.0");
        assertThat(deliver(address, InboundSamples.malformedMime())).startsWith("554 5.6.0");
        assertThat(deliver(address, huge)).startsWith("552 5.3.4");
        try (SmtpClient smtp = SmtpClient.connect(listener.port())) {
            smtp.reply();
            smtp.command("EHLO mx.example.net");
            assertThat(smtp.command("MAIL FROM:<> SIZE=10000000")).startsWith("552");
        }
        storeDown = true;
        assertThat(deliver(address, InboundSamples.hardBounceDsn(address, "gone@gmail.test", "dsn-2@mx")))
                .startsWith("451 4.3.0");
        storeDown = false;

        assertThat(deliver(address, InboundSamples.hardBounceDsn(address, "gone@gmail.test", "dsn-2@mx")))
                .startsWith("250");
        assertThat(published).hasSize(1);
    }

    /** One SMTP session delivering {@code message} to {@code address}; returns the reply to the message. */
    private String deliver(String address, byte[] message) throws Exception {
        try (SmtpClient smtp = SmtpClient.connect(listener.port())) {
            smtp.reply();
            smtp.command("EHLO mx.example.net");
            assertThat(smtp.command("MAIL FROM:<>")).startsWith("250");
            assertThat(smtp.command("RCPT TO:<" + address + ">")).startsWith("250");
            return smtp.data(message);
        }
    }
}
