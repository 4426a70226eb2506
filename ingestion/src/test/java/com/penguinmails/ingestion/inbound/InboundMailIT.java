package com.penguinmails.ingestion.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.embedded.kafka.EmbeddedKafka;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.Topics;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.ingestion.IngestionApplication;
import com.penguinmails.ingestion.IngestionConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inbound mail through the real ingestion service and the real embedded Kafka: bounces, complaints and replies
 * posted to {@code /v1/inbound/messages} or delivered over SMTP to a VERP address end up as events on
 * {@code events.raw}; broken and oversized mail is refused clearly on both paths and the service keeps accepting mail
 * afterwards.
 */
@ExtendWith(EmbeddedStackExtension.class)
class InboundMailIT {

    private static final String KEY = "pm_it_acme";
    private static final String BOUNCE_DOMAIN = "bounces.it.test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @TempDir
    static Path configDir;

    private static EmbeddedKafka kafka;
    private static DropwizardAppExtension<IngestionConfiguration> app;
    private static VerpAddresses verp;

    @BeforeAll
    static void startService(EmbeddedStack stack) throws Exception {
        kafka = stack.kafka();
        kafka.createTopic(Topics.EVENTS_RAW, 4);
        Path config = configDir.resolve("inbound-it.yml");
        Files.writeString(config, """
                server:
                  applicationConnectors:
                    - type: http
                      bindHost: 127.0.0.1
                      port: 0
                  adminConnectors:
                    - type: http
                      bindHost: 127.0.0.1
                      port: 0
                  requestLog:
                    appenders: []
                apiKeys:
                  keys:
                    # pm_it_acme
                    - tenantId: acme
                      sha256: 8348f039ec37242970cd3f06c4ea5fd09c525d614e7b0292cb0e25d58eb1f265
                kafka:
                  bootstrapServers: set-by-the-test:9092
                  maxBlock: 2s
                  requestTimeout: 1s
                  deliveryTimeout: 3s
                tracking:
                  masterKey: AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=
                  tenants:
                    - tenantId: acme
                      activeKeyId: k1
                    - tenantId: globex
                      activeKeyId: g1
                inbound:
                  maxMessageSize: 64KiB
                  smtp:
                    enabled: true
                    port: 0
                    hostName: mx.%s
                    bounceDomains: [%s]
                    maxMessageSize: 64KiB
                logging:
                  type: external
                """.formatted(BOUNCE_DOMAIN, BOUNCE_DOMAIN));
        app = new DropwizardAppExtension<>(IngestionApplication.class, config.toString(),
                ConfigOverride.config("kafka.bootstrapServers", kafka.bootstrapServers()),
                ConfigOverride.config("spool.directory", configDir.resolve("spool").toString()));
        app.before();
        verp = new VerpAddresses(app.getConfiguration().getTracking().keyring(), 64);
    }

    @AfterAll
    static void stopService() {
        if (app != null) {
            app.after();
        }
    }

    @Test
    void postedBounceComplaintAutoReplyAndReplyArriveAsEventsOfTheirOriginalMessage() throws Exception {
        long run = run();
        String m1 = Long.toString(run + 1);
        String m2 = Long.toString(run + 2);
        String m3 = Long.toString(run + 3);
        String bounceAddress = verp.returnPath("acme", m1, "ct-1", BOUNCE_DOMAIN);
        String complaintAddress = verp.returnPath("acme", m2, "ct-2", BOUNCE_DOMAIN);
        String repliedTo = "<" + verp.localPart("acme", m3, "ct-3") + "@send.acme.test>";

        JsonNode bounce = accepted(post(InboundSamples.hardBounceDsn(bounceAddress, "gone@gmail.test", run + "@mx")));
        JsonNode complaint = accepted(post(InboundSamples.complaintArf(complaintAddress, "pat@corp.test")));
        JsonNode autoReply = accepted(post(InboundSamples.autoReply("pat@corp.test", repliedTo)));
        JsonNode reply = accepted(post(InboundSamples.humanReply("pat@corp.test", repliedTo)));

        assertThat(List.of(bounce, complaint, autoReply, reply)).extracting(body -> body.get("kind").textValue())
                .containsExactly("bounce", "complaint", "auto_reply", "reply");
        assertThat(bounce.get("events").get(0).get("reason").textValue()).isEqualTo("user_unknown");
        Set<String> messageIds = Set.of(m1, m2, m3);
        Map<String, Event> events = awaitEvents(event -> event.getMessageId() != null
                && messageIds.contains(event.getMessageId()), 4);
        assertThat(events).containsOnlyKeys(eventId(bounce), eventId(complaint), eventId(autoReply), eventId(reply));

        Event bounced = events.get(eventId(bounce));
        assertThat(bounced.getType()).isEqualTo(EventType.bounce);
        assertThat(bounced.getTenantId()).isEqualTo("acme");
        assertThat(bounced.getMessageId()).isEqualTo(m1);
        assertThat(bounced.getContactId()).isEqualTo("ct-1");
        assertThat(bounced.getRecipientDomain()).isEqualTo("gmail.test");
        assertThat(bounced.getBounce().getBounceType()).isEqualTo(BounceType.hard);
        assertThat(bounced.getBounce().getEnhancedStatusCode()).isEqualTo("5.1.1");
        assertThat(bounced.getBounce().getSmtpCode()).isEqualTo(550);
        assertThat(bounced.getBounce().getRemoteMx()).isEqualTo("gmail-smtp-in.l.google.com");
        Event complained = events.get(eventId(complaint));
        assertThat(complained.getType()).isEqualTo(EventType.complaint);
        assertThat(complained.getMessageId()).isEqualTo(m2);
        assertThat(complained.getComplaint().getFeedbackType()).isEqualTo("abuse");
        assertThat(events.get(eventId(autoReply)).getReply().getIsAutoReply()).isTrue();
        assertThat(events.get(eventId(reply)).getReply().getIsAutoReply()).isFalse();
        assertThat(events.get(eventId(reply)).getMessageId()).isEqualTo(m3);
    }

    @Test
    void aBounceForAnotherTenantsMessageIsRefused() throws Exception {
        String globex = verp.returnPath("globex", Long.toString(run()), "ct", BOUNCE_DOMAIN);

        HttpResponse<String> response = post(InboundSamples.hardBounceDsn(globex, "gone@gmail.test", run() + "@mx"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aDsnDeliveredOverSmtpToTheReturnPathTheSenderGotArrivesAsABounceEvent() throws Exception {
        String messageId = Long.toString(run());
        HttpResponse<String> signed = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + app.getLocalPort() + "/v1/inbound/return-paths"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + KEY)
                .POST(BodyPublishers.ofString("{\"message_id\":\"" + messageId + "\",\"contact_id\":\"ct-7\"}"))
                .build(), BodyHandlers.ofString());
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        String address = JSON.readTree(signed.body()).get("return_path").textValue();
        assertThat(address).endsWith("@" + BOUNCE_DOMAIN);

        String reply = deliver(address, InboundSamples.hardBounceDsn(address, "gone@gmail.test", messageId + "@mx"));

        assertThat(reply).startsWith("250 2.6.0 bounce: 1 event(s) recorded");
        Map<String, Event> events = awaitEvents(event -> messageId.equals(event.getMessageId()), 1);
        assertThat(events.values()).singleElement().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(EventType.bounce);
            assertThat(event.getTenantId()).isEqualTo("acme");
            assertThat(event.getContactId()).isEqualTo("ct-7");
            assertThat(event.getBounce().getEnhancedStatusCode()).isEqualTo("5.1.1");
        });
    }

    @Test
    void brokenAndOversizedMailIsRefusedClearlyOnBothPathsAndTheServiceKeepsAcceptingMail() throws Exception {
        long run = run();
        String messageId = Long.toString(run);
        String address = verp.returnPath("acme", messageId, "ct-8", BOUNCE_DOMAIN);
        byte[] hugeAttachment = InboundSamples.crlf("""
                From: MAILER-DAEMON@mx.example.net
                To: %s
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="big"

                --big
                Content-Type: application/octet-stream
                Content-Transfer-Encoding: base64

                %s
                --big--
                """.formatted(address, "QUJD".repeat(19).concat("\n").repeat(1200)));
        assertThat(hugeAttachment.length).isGreaterThan(64 * 1024);
        Map<String, byte[]> broken = Map.of(
                "malformed MIME", InboundSamples.malformedMime(),
                "binary garbage", InboundSamples.binaryGarbage(),
                "truncated", InboundSamples.truncated(address));

        for (Map.Entry<String, byte[]> mail : broken.entrySet()) {
            HttpResponse<String> response = post(mail.getValue());
            assertThat(response.statusCode()).as(mail.getKey()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("message").textValue()).as(mail.getKey())
                    .startsWith("the message could not be analysed: ");
            assertThat(deliver(address, mail.getValue())).as(mail.getKey()).startsWith("554 5.6.0 message refused: ");
        }
        HttpResponse<String> tooLarge = post(hugeAttachment);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("larger than the limit of 65536 bytes");
        assertThat(deliver(address, hugeAttachment)).startsWith("552 5.3.4");

        assertThat(post(InboundSamples.hardBounceDsn(address, "gone@gmail.test", run + "-http@mx")).statusCode())
                .isEqualTo(202);
        assertThat(deliver(address, InboundSamples.hardBounceDsn(address, "gone@gmail.test", run + "-smtp@mx")))
                .startsWith("250");
        assertThat(awaitEvents(event -> messageId.equals(event.getMessageId()), 2)).hasSize(2);
    }

    /**
     * A fresh numeric id base: message ids of a run are {@code run + n}, so they pack into VERP addresses within RFC
     * 5321's 64 octets and never repeat across runs on a reused broker.
     */
    private static long run() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_000_000_000_000_000L);
    }

    private static JsonNode accepted(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body());
    }

    private static String eventId(JsonNode result) {
        return result.get("events").get(0).get("event_id").textValue();
    }

    private static HttpResponse<String> post(byte[] message) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getLocalPort()
                        + "/v1/inbound/messages"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "message/rfc822")
                .header("Authorization", "Bearer " + KEY)
                .POST(BodyPublishers.ofByteArray(message))
                .build(), BodyHandlers.ofString());
    }

    /** One SMTP session from MAIL FROM:&lt;&gt; to {@code address}; returns the reply to the message. */
    private static String deliver(String address, byte[] message) throws IOException {
        int port = ((IngestionApplication) app.getApplication()).inboundSmtp().orElseThrow().port();
        try (SmtpClient smtp = SmtpClient.connect(port)) {
            assertThat(smtp.reply()).startsWith("220 mx." + BOUNCE_DOMAIN);
            assertThat(smtp.command("EHLO mx.example.net")).startsWith("250");
            assertThat(smtp.command("MAIL FROM:<>")).startsWith("250");
            assertThat(smtp.command("RCPT TO:<" + address + ">")).startsWith("250");
            return smtp.data(message);
        }
    }

    /**
     * Reads {@code events.raw} from the beginning until {@code count} events match (or 30 s passed), then once more to
     * catch any extra one; returns the matching events by id.
     */
    private static Map<String, Event> awaitEvents(Predicate<Event> match, int count) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Map<String, Event> found = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(Topics.EVENTS_RAW, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(partition.topic(), partition.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                collect(consumer.poll(Duration.ofMillis(200)), match, found);
            }
            collect(consumer.poll(Duration.ofMillis(500)), match, found);
        }
        return found;
    }

    private static void collect(Iterable<ConsumerRecord<byte[], byte[]>> records, Predicate<Event> match,
            Map<String, Event> found) {
        for (ConsumerRecord<byte[], byte[]> record : records) {
            Event event = EventCodec.decode(record.value());
            if (match.test(event)) {
                found.put(event.getEventId(), event);
            }
        }
    }
}
