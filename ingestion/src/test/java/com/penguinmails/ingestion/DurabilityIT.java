package com.penguinmails.ingestion;

import static com.penguinmails.ingestion.events.SampleEvents.array;
import static com.penguinmails.ingestion.events.SampleEvents.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.embedded.kafka.EmbeddedKafka;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.ingestion.kafka.TopicRecords;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ingestion keeps every acknowledged event while Kafka is down: in its spool, across a restart of the service, until
 * the broker is back; and refuses events (503) only once the spool is full.
 */
@ExtendWith(EmbeddedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurabilityIT {

    private static final String KEY = "pm_it_acme";
    private static final String TOPIC = "events.raw.durability";
    private static final String FULL_TOPIC = "events.raw.spool-full";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final int MESSAGES = 100;
    private static final int BATCH_EVENTS = 7_000;
    private static final int BATCH_SIZE = 500;
    private static final int OPENS = 1_000;
    private static final int CLICKS = 1_000;
    private static final int UNSUBSCRIBES = 500;
    private static final int BOUNCES = 500;
    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void topics(EmbeddedStack stack) {
        kafka = stack.kafka();
        kafka.createTopic(TOPIC, 4);
        kafka.createTopic(FULL_TOPIC, 1);
    }

    @Test
    @Order(1)
    void tenThousandEventsThroughEveryEndpointKindWhileKafkaIsDownArriveExactlyOnceAfterRestarts() throws Exception {
        Path spool = Files.createTempDirectory("durability-spool-");
        DropwizardTestSupport<IngestionConfiguration> app = app(spool, TOPIC);
        app.before();
        List<TrackedUrls> tracked = new ArrayList<>();
        Map<String, List<Integer>> sentOrderByMessage = new HashMap<>();
        Set<String> batchIds = new HashSet<>();
        try {
            for (int m = 0; m < MESSAGES; m++) {
                tracked.add(trackMessage(app, "dm-" + m));
            }

            kafka.stop();

            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int b = 0; b < BATCH_EVENTS / BATCH_SIZE; b++) {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < BATCH_SIZE; i++) {
                    int n = b * BATCH_SIZE + i;
                    String messageId = "dm-" + (n % MESSAGES);
                    items.add(open("be-" + n, messageId));
                    batchIds.add("be-" + n);
                    sentOrderByMessage.computeIfAbsent(messageId, k -> new ArrayList<>()).add(n);
                }
                String body = array(items.toArray(String[]::new));
                // Batches go one after another, so the order of one message's events is defined.
                answers.add(CompletableFuture.completedFuture(postBatch(app, body)));
            }
            for (int i = 0; i < OPENS; i++) {
                String path = tracked.get(i % MESSAGES).open;
                answers.add(clients.submit(() -> get(app, path)));
            }
            for (int i = 0; i < CLICKS; i++) {
                String path = tracked.get(i % MESSAGES).click;
                answers.add(clients.submit(() -> get(app, path)));
            }
            for (int i = 0; i < UNSUBSCRIBES; i++) {
                String path = tracked.get(i % MESSAGES).unsubscribe;
                answers.add(clients.submit(() -> oneClickUnsubscribe(app, path)));
            }
            for (int i = 0; i < BOUNCES; i++) {
                byte[] dsn = hardBounceDsn("bounced-" + i + "@gmail.com", "dsn-" + i + "@mx.example.net");
                answers.add(clients.submit(() -> postInbound(app, dsn)));
            }
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            clients.shutdown();
            assertThat(statuses).containsOnlyKeys(202, 200, 302);
            assertThat(statuses.get(302)).isEqualTo(CLICKS);
            assertThat(statuses.get(200)).isEqualTo(OPENS + UNSUBSCRIBES);
            assertThat(statuses.get(202)).isEqualTo(BATCH_EVENTS / BATCH_SIZE + BOUNCES);

            JsonNode health = JSON.readTree(HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.getAdminPort() + "/healthcheck")).build(),
                    BodyHandlers.ofString()).body());
            assertThat(health.get("spool").get("message").textValue())
                    .startsWith("spooling (Kafka unavailable); 10000 events");
        } finally {
            app.after();
        }

        kafka.start();
        DropwizardTestSupport<IngestionConfiguration> restarted = app(spool, TOPIC);
        restarted.before();
        try {
            List<Event> events = awaitEvents(TOPIC, 10_000);

            assertThat(events).hasSize(10_000);
            assertThat(events.stream().map(Event::getEventId).distinct().count()).isEqualTo(10_000);
            Map<EventType, Long> byType = events.stream()
                    .collect(Collectors.groupingBy(Event::getType, () -> new EnumMap<>(EventType.class),
                            Collectors.counting()));
            assertThat(byType).containsEntry(EventType.click, (long) CLICKS)
                    .containsEntry(EventType.unsubscribe, (long) UNSUBSCRIBES)
                    .containsEntry(EventType.bounce, (long) BOUNCES)
                    .containsEntry(EventType.open, (long) BATCH_EVENTS + OPENS);
            assertThat(events.stream().map(Event::getEventId).filter(id -> id.startsWith("be-")))
                    .containsExactlyInAnyOrderElementsOf(batchIds);
            assertThat(events).allSatisfy(event -> assertThat(event.getTenantId()).isEqualTo("acme"));
            Map<String, List<Integer>> arrivedOrderByMessage = new HashMap<>();
            for (Event event : events) {
                if (event.getEventId().startsWith("be-")) {
                    arrivedOrderByMessage.computeIfAbsent(event.getMessageId(), k -> new ArrayList<>())
                            .add(Integer.parseInt(event.getEventId().substring(3)));
                }
            }
            assertThat(arrivedOrderByMessage).isEqualTo(sentOrderByMessage);
        } finally {
            restarted.after();
        }
    }

    @Test
    @Order(2)
    void theBatchApiAnswers503OnlyOnceTheSpoolIsFull() throws Exception {
        long maxBytes = 64 * 1024;
        Path spool = Files.createTempDirectory("durability-full-spool-");
        DropwizardTestSupport<IngestionConfiguration> app = app(spool, FULL_TOPIC,
                ConfigOverride.config("spool.maxSize", maxBytes + "B"),
                ConfigOverride.config("spool.segmentSize", "16KiB"));
        app.before();
        kafka.stop();
        try {
            int accepted = 0;
            HttpResponse<String> answer;
            int request = 0;
            do {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    items.add(open("full-" + request + "-" + i, "fm-" + request));
                }
                answer = send(authorized(app, "/v1/events", "application/json")
                        .POST(BodyPublishers.ofString(array(items.toArray(String[]::new)))).build());
                if (answer.statusCode() == 202) {
                    accepted += 20;
                }
                request++;
            } while (answer.statusCode() == 202 && request < 1_000);

            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).contains("2");
            assertThat(JSON.readTree(answer.body()).get("details").textValue()).contains("spool is full");
            long spooledBytes = (long) app.getEnvironment().metrics().getGauges()
                    .get("ingestion.spool.fileBytes").getValue();
            // Full means: one more request's events (20 records of well under 400 bytes) would not fit.
            assertThat(spooledBytes).isGreaterThan(maxBytes - 20 * 400).isLessThanOrEqualTo(maxBytes);
            assertThat(accepted).isGreaterThan(0);
            assertThat(app.getEnvironment().metrics().getGauges().get("ingestion.spool.pendingRecords").getValue())
                    .isEqualTo((long) accepted);
        } finally {
            app.after();
            kafka.start();
        }
    }

    private static DropwizardTestSupport<IngestionConfiguration> app(Path spool, String topic,
            ConfigOverride... more) {
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("kafka.bootstrapServers", kafka.bootstrapServers()),
                ConfigOverride.config("kafka.topic", topic),
                ConfigOverride.config("intake.maxBodySize", "5MiB"),
                ConfigOverride.config("intake.maxEventsPerRequest", "10000"),
                ConfigOverride.config("spool.directory", spool.toString()),
                ConfigOverride.config("tracking.masterKey", MASTER_KEY)));
        overrides.addAll(List.of(more));
        return new DropwizardTestSupport<>(IngestionApplication.class,
                ResourceHelpers.resourceFilePath("durability-it.yml"), overrides.toArray(ConfigOverride[]::new));
    }

    /** The paths (on this host) of a tracked message's open pixel, first link and one-click unsubscribe. */
    private record TrackedUrls(String open, String click, String unsubscribe) {
    }

    private static TrackedUrls trackMessage(DropwizardTestSupport<IngestionConfiguration> app, String messageId)
            throws Exception {
        String request = JSON.writeValueAsString(Map.of("message_id", messageId, "campaign_id", "dc-1",
                "contact_id", "ct-" + messageId, "honeypot", false,
                "html", "<html><body><p>Hi</p><a href=\"https://acme.example/pricing\">pricing</a></body></html>"));
        HttpResponse<String> response = send(authorized(app, "/v1/tracking/messages", "application/json")
                .POST(BodyPublishers.ofString(request)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tracked = JSON.readTree(response.body());
        return new TrackedUrls(URI.create(tracked.get("open_url").textValue()).getRawPath(),
                URI.create(tracked.get("links").get(0).get("tracking_url").textValue()).getRawPath(),
                URI.create(tracked.get("unsubscribe_url").textValue()).getRawPath());
    }

    private static int postBatch(DropwizardTestSupport<IngestionConfiguration> app, String body) throws Exception {
        return send(authorized(app, "/v1/events", "application/json").POST(BodyPublishers.ofString(body)).build())
                .statusCode();
    }

    private static int get(DropwizardTestSupport<IngestionConfiguration> app, String path) throws Exception {
        return send(HttpRequest.newBuilder(appUri(app, path)).header("User-Agent", "Mozilla/5.0 (Macintosh)")
                .GET().build()).statusCode();
    }

    private static int oneClickUnsubscribe(DropwizardTestSupport<IngestionConfiguration> app, String path)
            throws Exception {
        return send(HttpRequest.newBuilder(appUri(app, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("List-Unsubscribe=One-Click")).build()).statusCode();
    }

    private static int postInbound(DropwizardTestSupport<IngestionConfiguration> app, byte[] message)
            throws Exception {
        return send(authorized(app, "/v1/inbound/messages", "message/rfc822")
                .POST(BodyPublishers.ofByteArray(message)).build()).statusCode();
    }

    private static HttpRequest.Builder authorized(DropwizardTestSupport<IngestionConfiguration> app, String path,
            String contentType) {
        return HttpRequest.newBuilder(appUri(app, path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + KEY);
    }

    private static URI appUri(DropwizardTestSupport<IngestionConfiguration> app, String path) {
        return URI.create("http://127.0.0.1:" + app.getLocalPort() + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, BodyHandlers.ofString());
    }

    /** An RFC 3464 hard bounce of {@code recipient}, not correlated to a sent message. */
    private static byte[] hardBounceDsn(String recipient, String dsnMessageId) {
        return """
                Return-Path: <>
                Date: Wed, 25 Nov 2026 10:00:00 +0000
                From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
                Subject: Undelivered Mail Returned to Sender
                To: bounces@send.acme.test
                Message-ID: <%2$s>
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY-1"

                --BOUNDARY-1
                Content-Type: text/plain; charset=us-ascii

                Your message could not be delivered to <%1$s>: 550 5.1.1 no such user.

                --BOUNDARY-1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.net

                Final-Recipient: rfc822; %1$s
                Action: failed
                Status: 5.1.1
                Remote-MTA: dns; gmail-smtp-in.l.google.com
                Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

                --BOUNDARY-1--
                """.formatted(recipient, dsnMessageId).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The events {@link TopicRecords#await} reads. */
    private static List<Event> awaitEvents(String topic, int expected) {
        return TopicRecords.await(kafka.bootstrapServers(), topic, expected).stream()
                .map(record -> EventCodec.decode(record.value())).toList();
    }
}
