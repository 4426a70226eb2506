package com.penguinmails.ingestion.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.embedded.kafka.EmbeddedKafka;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.Topics;
import com.penguinmails.events.v1.EngagementDetails;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.ingestion.IngestionApplication;
import com.penguinmails.ingestion.IngestionConfiguration;
import com.penguinmails.ingestion.tracking.TrackingToken.Purpose;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
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

/**
 * The tracking endpoints in the real ingestion service against the real embedded Kafka: the sender API's URLs answer
 * as documented, and every recorded request arrives on {@code events.raw} with the token's fields and the request's.
 */
@ExtendWith(EmbeddedStackExtension.class)
class TrackingIT {

    private static final String KEY = "pm_it_acme";
    static final byte[] MASTER_KEY = "tracking-it-master-key-32-bytes!".getBytes();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final String CLIENT_IP = "198.51.100.23";
    private static final String USER_AGENT = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) TrackingIT";

    private static EmbeddedKafka kafka;
    private static DropwizardAppExtension<IngestionConfiguration> app;
    private static int port;

    @BeforeAll
    static void startService(EmbeddedStack stack) throws Exception {
        kafka = stack.kafka();
        kafka.createTopic(Topics.EVENTS_RAW, 4);
        port = freePort();
        app = new DropwizardAppExtension<>(IngestionApplication.class,
                ResourceHelpers.resourceFilePath("tracking-it.yml"),
                ConfigOverride.config("kafka.bootstrapServers", kafka.bootstrapServers()),
                ConfigOverride.config("spool.directory", "target/tracking-it-spool"),
                ConfigOverride.config("server.applicationConnectors[0].port", Integer.toString(port)),
                ConfigOverride.config("tracking.baseUrl", "http://127.0.0.1:" + port),
                ConfigOverride.config("tracking.masterKey", Base64.getEncoder().encodeToString(MASTER_KEY)));
        app.before();
    }

    @AfterAll
    static void stopService() {
        if (app != null) {
            app.after();
        }
    }

    @Test
    void theSenderApisUrlsRecordOpensClicksAndUnsubscribesOnKafka() throws Exception {
        String messageId = "m-" + UUID.randomUUID();
        JsonNode tracked = trackMessage(messageId, "<html><body><p>Hi</p>"
                + "<a href=\"https://acme.io/pricing?utm=mail\">Pricing</a> <a href=\"mailto:sam@acme.io\">mail</a>"
                + "<a href=\"https://acme.io/book\">Book</a></body></html>");
        String base = "http://localhost:" + port;
        String openUrl = tracked.get("open_url").textValue();
        String firstClick = tracked.get("links").get(0).get("tracking_url").textValue();
        String secondClick = tracked.get("links").get(1).get("tracking_url").textValue();
        String unsubscribeUrl = tracked.get("unsubscribe_url").textValue();
        assertThat(openUrl).startsWith(base + "/t/o/");
        assertThat(tracked.get("links")).hasSize(2);
        assertThat(tracked.get("links").get(1).get("url").textValue()).isEqualTo("https://acme.io/book");
        assertThat(tracked.get("headers").get("List-Unsubscribe").textValue()).isEqualTo("<" + unsubscribeUrl + ">");
        assertThat(tracked.get("headers").get("List-Unsubscribe-Post").textValue()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(tracked.get("html").textValue()).contains(firstClick, secondClick, openUrl, "mailto:sam@acme.io");

        HttpResponse<byte[]> pixel = HTTP.send(get(openUrl).build(), BodyHandlers.ofByteArray());
        assertThat(pixel.statusCode()).isEqualTo(200);
        assertThat(pixel.body()).isEqualTo(TrackingServlet.PIXEL);
        assertThat(pixel.headers().firstValue("Content-Type")).contains("image/gif");
        assertThat(pixel.headers().firstValue("Cache-Control")).contains("no-store, no-cache, must-revalidate, private");
        assertThat(pixel.headers().firstValue("Pragma")).contains("no-cache");
        assertThat(pixel.headers().firstValue("Expires")).contains("0");

        HttpResponse<String> click = send(get(secondClick).build());
        assertThat(click.statusCode()).isEqualTo(302);
        assertThat(click.headers().firstValue("Location")).contains("https://acme.io/book");
        HttpResponse<String> headClick = send(get(firstClick).method("HEAD", BodyPublishers.noBody()).build());
        assertThat(headClick.statusCode()).isEqualTo(302);
        assertThat(headClick.headers().firstValue("Location")).contains("https://acme.io/pricing?utm=mail");

        HttpResponse<String> page = send(get(unsubscribeUrl).build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\">", "<button type=\"submit\">Unsubscribe</button>");
        HttpResponse<String> unsubscribed = send(get(unsubscribeUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());
        assertThat(unsubscribed.statusCode()).isEqualTo(200);
        assertThat(unsubscribed.body()).contains("You are unsubscribed");
        HttpResponse<String> withoutBody = send(get(unsubscribeUrl).POST(BodyPublishers.noBody()).build());
        assertThat(withoutBody.statusCode()).isEqualTo(200);

        List<Event> events = awaitEvents(messageId, 5);
        assertThat(events).extracting(Event::getType).containsExactlyInAnyOrder(
                EventType.open, EventType.click, EventType.click, EventType.unsubscribe, EventType.unsubscribe);
        assertThat(events).extracting(Event::getEventId).doesNotHaveDuplicates();
        for (Event event : events) {
            assertThat(event.getTenantId()).isEqualTo("acme");
            assertThat(event.getCampaignId()).isEqualTo("c-1");
            assertThat(event.getVariant()).isEqualTo("B");
            assertThat(event.getSequenceStep()).isEqualTo(2);
            assertThat(event.getContactId()).isEqualTo("ct-9");
            if (event.getType() == EventType.unsubscribe) {
                assertThat(event.getEngagement()).isNull();
            } else {
                assertThat(event.getEngagement().getIp()).isEqualTo(CLIENT_IP);
                assertThat(event.getEngagement().getUserAgent()).isEqualTo(USER_AGENT);
            }
            assertThat(event.getReceivedAt()).isEqualTo(event.getOccurredAt()).isBefore(Instant.now().plusSeconds(1));
        }
        EngagementDetails getClick = only(events, e -> e.getType() == EventType.click
                && e.getEngagement().getHttpMethod().equals("GET")).getEngagement();
        assertThat(getClick.getUrl()).isEqualTo("https://acme.io/book");
        assertThat(getClick.getLinkIndex()).isEqualTo(1);
        assertThat(getClick.getHoneypot()).isFalse();
        EngagementDetails headClickEvent = only(events, e -> e.getType() == EventType.click
                && e.getEngagement().getHttpMethod().equals("HEAD")).getEngagement();
        assertThat(headClickEvent.getLinkIndex()).isZero();
        assertThat(headClickEvent.getUrl()).isEqualTo("https://acme.io/pricing?utm=mail");
        assertThat(only(events, e -> e.getType() == EventType.open).getEngagement().getHttpMethod()).isEqualTo("GET");
    }

    @Test
    void theHoneypotLinkAnswersAHarmlessPageAndIsRecordedAsHoneypot() throws Exception {
        String messageId = "m-" + UUID.randomUUID();
        JsonNode tracked = trackMessage(messageId, "<p>Hi</p>");
        String honeypotUrl = org.jsoup.Jsoup.parse(tracked.get("html").textValue())
                .selectFirst("a[aria-hidden=true]").attr("href");

        HttpResponse<String> answer = send(get(honeypotUrl).build());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        Event event = awaitEvents(messageId, 1).get(0);
        assertThat(event.getType()).isEqualTo(EventType.click);
        assertThat(event.getEngagement().getHoneypot()).isTrue();
        assertThat(event.getEngagement().getUrl()).isNull();
    }

    @Test
    void tamperedWrongPurposeAndForeignDomainTokensAreNeverHonoured() throws Exception {
        String messageId = "m-" + UUID.randomUUID();
        JsonNode tracked = trackMessage(messageId, "<a href=\"https://acme.io/x\">x</a>");
        String click = tracked.get("links").get(0).get("tracking_url").textValue();
        String openUrl = tracked.get("open_url").textValue();
        String tampered = click.substring(0, click.length() - 3) + (click.endsWith("AAA") ? "BBB" : "AAA");
        TrackingTokens sameKeys = new TrackingTokens(new TrackingKeyring(MASTER_KEY, List.of(
                new TenantKeyIds("acme", "k2", Set.of()), new TenantKeyIds("globex", "k1", Set.of()))));
        String globexClick = sameKeys.sign(new TrackingToken(Purpose.CLICK, "globex", messageId, null, null, null, null,
                0, "https://globex.example/", false));

        HttpResponse<String> tamperedClick = send(get(tampered).build());
        HttpResponse<String> tamperedHead = send(get(tampered).method("HEAD", BodyPublishers.noBody()).build());
        HttpResponse<byte[]> tamperedPixel = HTTP.send(get(openUrl.substring(0, openUrl.length() - 2) + "xx").build(),
                BodyHandlers.ofByteArray());
        HttpResponse<String> pixelTokenAsClick = send(get(openUrl.replace("/t/o/", "/t/c/")).build());
        HttpResponse<String> pixelTokenAsUnsubscribe = send(get(openUrl.replace("/t/o/", "/t/u/"))
                .POST(BodyPublishers.noBody()).build());
        HttpResponse<String> globexOnAcmesDomain = send(get("http://localhost:" + port + "/t/c/" + globexClick).build());
        HttpResponse<String> globexOnSharedHost = send(get("http://127.0.0.1:" + port + "/t/c/" + globexClick).build());

        for (HttpResponse<String> refused : List.of(tamperedClick, tamperedHead, pixelTokenAsClick,
                pixelTokenAsUnsubscribe, globexOnAcmesDomain)) {
            assertThat(refused.statusCode()).as(refused.request().uri().toString()).isEqualTo(404);
            assertThat(refused.headers().firstValue("Location")).isEmpty();
        }
        assertThat(tamperedClick.body()).contains("This link is not valid");
        assertThat(tamperedPixel.statusCode()).isEqualTo(200);
        assertThat(tamperedPixel.body()).isEqualTo(TrackingServlet.PIXEL);
        assertThat(globexOnSharedHost.statusCode()).isEqualTo(302);
        assertThat(awaitEvents(messageId, 1)).singleElement()
                .satisfies(event -> assertThat(event.getTenantId()).isEqualTo("globex"));
    }

    @Test
    void theSenderApiRefusesBadInputWithClearMessages() throws Exception {
        ObjectNode noIds = JSON.createObjectNode().put("html", "<p>x</p>");
        ObjectNode tooBig = JSON.createObjectNode().put("message_id", "m").put("contact_id", "ct")
                .put("html", "x".repeat(17 * 1024));
        ObjectNode tooManyLinks = JSON.createObjectNode().put("message_id", "m").put("contact_id", "ct")
                .put("html", "<a href=\"https://a.io/\">a</a>".repeat(11));

        HttpResponse<String> missing = postTrack(noIds, KEY);
        HttpResponse<String> big = postTrack(tooBig, KEY);
        HttpResponse<String> links = postTrack(tooManyLinks, KEY);
        // A refused credential is answered before the body is read, after which Jetty may close the connection: on its
        // own client, so the shared client's pool never hands that connection to the next test.
        HttpResponse<String> unauthenticated = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(trackRequest(noIds, "pm_not_a_key"), BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("message").textValue())
                .isEqualTo("message_id is required; contact_id is required");
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).contains("html is larger than the limit of 16384 bytes");
        assertThat(links.statusCode()).isEqualTo(400);
        assertThat(links.body()).contains("the message has more than 10 links");
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
    }

    private static JsonNode trackMessage(String messageId, String html) throws Exception {
        ObjectNode body = JSON.createObjectNode()
                .put("message_id", messageId).put("campaign_id", "c-1").put("variant", "B").put("sequence_step", 2)
                .put("contact_id", "ct-9").put("recipient", "pat@example.com").put("html", html);
        HttpResponse<String> response = postTrack(body, KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> postTrack(ObjectNode body, String key) throws Exception {
        return send(trackRequest(body, key));
    }

    private static HttpRequest trackRequest(ObjectNode body, String key) throws Exception {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/tracking/messages"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }

    /** A request as a mail client behind the test's trusted local proxy makes it. */
    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("User-Agent", USER_AGENT).header("X-Forwarded-For", "203.0.113.250, " + CLIENT_IP);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, BodyHandlers.ofString());
    }

    private static Event only(List<Event> events, Predicate<Event> which) {
        return events.stream().filter(which).reduce((a, b) -> {
            throw new AssertionError("more than one event matches: " + a + " and " + b);
        }).orElseThrow(() -> new AssertionError("no event matches in " + events));
    }

    /** Reads events.raw from the beginning until {@code expected} events of {@code messageId} arrived, then once more. */
    private static List<Event> awaitEvents(String messageId, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<Event> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(Topics.EVENTS_RAW, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(partition.topic(), partition.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            boolean lastPoll = false;
            while (!lastPoll) {
                lastPoll = found.size() >= expected || System.nanoTime() > deadline;
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(lastPoll ? 500 : 200))) {
                    Event event = EventCodec.decode(record.value());
                    if (messageId.equals(event.getMessageId())) {
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
