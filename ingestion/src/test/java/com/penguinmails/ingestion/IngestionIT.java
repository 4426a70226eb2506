package com.penguinmails.ingestion;

import static com.penguinmails.ingestion.events.SampleEvents.array;
import static com.penguinmails.ingestion.events.SampleEvents.conversion;
import static com.penguinmails.ingestion.events.SampleEvents.ndjson;
import static com.penguinmails.ingestion.events.SampleEvents.open;
import static com.penguinmails.ingestion.events.SampleEvents.openWithoutIds;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.embedded.kafka.EmbeddedKafka;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.Topics;
import com.penguinmails.events.v1.Event;
import com.penguinmails.ingestion.kafka.KafkaHealthCheck;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ingestion service against the real embedded Kafka: what is acknowledged is on the topic, and nothing else. */
@ExtendWith(EmbeddedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestionIT {

    private static final String KEY = "pm_it_acme";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static EmbeddedKafka kafka;
    private static DropwizardAppExtension<IngestionConfiguration> app;

    @BeforeAll
    static void startService(EmbeddedStack stack) throws Exception {
        kafka = stack.kafka();
        kafka.createTopic(Topics.EVENTS_RAW, 4);
        app = new DropwizardAppExtension<>(IngestionApplication.class,
                ResourceHelpers.resourceFilePath("ingestion-it.yml"),
                ConfigOverride.config("kafka.bootstrapServers", kafka.bootstrapServers()),
                ConfigOverride.config("spool.directory",
                        Files.createTempDirectory("ingestion-it-spool-").toString()));
        app.before();
    }

    @AfterAll
    static void stopService() {
        if (app != null) {
            app.after();
        }
    }

    @Test
    @Order(1)
    void acceptedEventsArriveOnTheTopicKeyedByTenantAndMessageWithTheReceiptTime() throws Exception {
        String run = run();
        Instant before = Instant.now().minusMillis(1);

        HttpResponse<String> response = post("application/json",
                array(open(run + "-1", run + "-m1"), open(run + "-2", run + "-m1"), conversion(run + "-3", run + "-ct")));

        Instant after = Instant.now().plusMillis(1);
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEqualTo("{\"accepted\":3,\"rejected\":[]}");
        Map<String, ConsumerRecord<byte[], byte[]>> records = awaitRecords(run, List.of(run + "-1", run + "-2", run + "-3"));
        assertThat(records).containsOnlyKeys(run + "-1", run + "-2", run + "-3");
        assertThat(key(records.get(run + "-1"))).isEqualTo("acme/" + run + "-m1");
        assertThat(key(records.get(run + "-3"))).isEqualTo("acme/" + run + "-ct");
        assertThat(records.get(run + "-1").partition()).isEqualTo(records.get(run + "-2").partition());
        for (ConsumerRecord<byte[], byte[]> record : records.values()) {
            Event event = EventCodec.decode(record.value());
            assertThat(event.getTenantId()).isEqualTo("acme");
            assertThat(event.getReceivedAt()).isBetween(before, after);
        }
    }

    @Test
    @Order(2)
    void aMixedBatchStoresOnlyItsValidEventsAndNeverAPayloadTenant() throws Exception {
        String run = run();
        String foreignTenant = open(run + "-3", run + "-m3").replace("{\"event_id\"", "{\"tenant_id\":\"globex\",\"event_id\"");

        HttpResponse<String> response = post("application/json",
                array(open(run + "-1", run + "-m1"), openWithoutIds(run + "-2"), foreignTenant, "\"not an event\""));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("accepted").intValue()).isEqualTo(1);
        assertThat(body.get("rejected")).extracting(item -> item.get("index").intValue()).containsExactly(1, 2, 3);
        assertThat(body.get("rejected").get(1).get("errors").get(0).textValue()).isEqualTo("tenant_id is set from the API key");
        // The valid event of a later request proves the earlier request's records would have arrived by then.
        assertThat(post("application/json", array(open(run + "-marker", run + "-m1"))).statusCode()).isEqualTo(202);
        assertThat(awaitRecords(run, List.of(run + "-1", run + "-marker"))).containsOnlyKeys(run + "-1", run + "-marker");
    }

    @Test
    @Order(3)
    void acceptsNdjson() throws Exception {
        String run = run();

        HttpResponse<String> response = post("application/x-ndjson",
                ndjson(open(run + "-1", run + "-m1"), "", open(run + "-2", run + "-m2")));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(awaitRecords(run, List.of(run + "-1", run + "-2"))).containsOnlyKeys(run + "-1", run + "-2");
    }

    @Test
    @Order(4)
    void aMissingOrUnknownKeyIs401() throws Exception {
        String body = array(open(run() + "-1", "m"));
        HttpResponse<String> missing = send(request().header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)).build());
        HttpResponse<String> unknown = send(request().header("Content-Type", "application/json")
                .header("Authorization", "Bearer pm_not_a_key").POST(BodyPublishers.ofString(body)).build());

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("valid API key is required");
    }

    @Test
    @Order(5)
    void malformedJsonIs400WithItsPosition() throws Exception {
        HttpResponse<String> response = post("application/json", "[\n{\"event_id\": \"e-1\",\n\"type\": }\n]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("message").textValue())
                .startsWith("malformed JSON at line 3, column 9: Unexpected character ('}'");
    }

    @Test
    @Order(6)
    void aBodyOverTheLimitIs413WithOrWithoutContentLength() throws Exception {
        String item = open("e-big", "m-big").replace("Mozilla/5.0", "x".repeat(8000));
        String big = array(IntStream.range(0, 10).mapToObj(i -> item).toArray(String[]::new));
        assertThat(big.length()).isGreaterThan(64 * 1024);

        HttpResponse<String> declared = post("application/json", big);
        HttpResponse<String> streamed = send(authorized("application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(streamed.body()).contains("larger than the limit of 65536 bytes");
    }

    @Test
    @Order(7)
    void moreEventsThanTheLimitIs413() throws Exception {
        String tooMany = array(IntStream.range(0, 101).mapToObj(i -> "{}").toArray(String[]::new));

        HttpResponse<String> response = post("application/json", tooMany);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("more than 100 events");
    }

    @Test
    @Order(8)
    void otherContentTypesAre415() throws Exception {
        assertThat(post("text/plain", array(open(run() + "-1", "m"))).statusCode()).isEqualTo(415);
    }

    @Test
    @Order(9)
    void servesTheOpenApiDocumentWithoutAKey() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(appUri("/openapi.yaml")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("openapi: 3.0.3").contains("/v1/events:");
    }

    @Test
    @Order(10)
    void healthCheckMakesARealRoundTripToKafka() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(adminUri("/healthcheck")).GET().build());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("kafka").get("message").textValue())
                .isEqualTo("1 broker(s); topic events.raw has 4 partition(s)");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            HealthCheck.Result missingTopic =
                    new KafkaHealthCheck(admin, "no-such-topic", Duration.ofSeconds(5)).execute();
            assertThat(missingTopic.isHealthy()).isFalse();
            assertThat(missingTopic.getMessage()).isEqualTo("topic no-such-topic does not exist");
        }
    }

    @Test
    @Order(100)
    void whileKafkaIsDownEventsAreSpooledAndAcknowledgedAndAfterwardsEveryOneIsOnTheTopic() throws Exception {
        String run = run();
        assertThat(post("application/json", array(open(run + "-before", run + "-m"))).statusCode()).isEqualTo(202);
        double spooledBefore = meter("ingestion.spool.spooled");
        List<String> acknowledged = new ArrayList<>(List.of(run + "-before"));

        kafka.stop();
        try {
            for (int i = 0; i < 3; i++) {
                String eventId = run + "-down-" + i;
                HttpResponse<String> down = post("application/json", array(open(eventId, run + "-m")));
                assertThat(down.statusCode()).isEqualTo(202);
                acknowledged.add(eventId);
            }

            assertThat(meter("ingestion.spool.spooled")).isEqualTo(spooledBefore + 3);
            HttpResponse<String> health = send(HttpRequest.newBuilder(adminUri("/healthcheck")).GET().build());
            assertThat(health.statusCode()).isEqualTo(500);
            JsonNode checks = JSON.readTree(health.body());
            assertThat(checks.get("kafka").get("message").textValue()).isEqualTo("Kafka did not answer within 1000 ms");
            assertThat(checks.get("spool").get("healthy").booleanValue()).isTrue();
            assertThat(checks.get("spool").get("message").textValue()).startsWith("spooling (Kafka unavailable); 3 events");
        } finally {
            kafka.start();
        }

        for (int i = 0; i < 3; i++) {
            String eventId = run + "-later-" + i;
            assertThat(post("application/json", array(open(eventId, run + "-m"))).statusCode()).isEqualTo(202);
            acknowledged.add(eventId);
        }

        Map<String, ConsumerRecord<byte[], byte[]>> records = awaitRecords(run, acknowledged);
        assertThat(records.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
        List<String> inPartitionOrder = records.values().stream()
                .sorted(Comparator.comparingLong(ConsumerRecord::offset))
                .map(record -> EventCodec.decode(record.value()).getEventId())
                .toList();
        assertThat(inPartitionOrder).as("one message's events stay in order through the spool")
                .containsExactlyElementsOf(acknowledged);
    }

    private static String run() {
        return "it-" + UUID.randomUUID();
    }

    private static HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
        return send(authorized(contentType).POST(BodyPublishers.ofString(body)).build());
    }

    private static HttpRequest.Builder authorized(String contentType) {
        return request().header("Content-Type", contentType).header("Authorization", "Bearer " + KEY);
    }

    private static HttpRequest.Builder request() {
        return HttpRequest.newBuilder(appUri("/v1/events")).timeout(Duration.ofSeconds(60));
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, BodyHandlers.ofString());
    }

    private static URI appUri(String path) {
        return URI.create("http://127.0.0.1:" + app.getLocalPort() + path);
    }

    private static URI adminUri(String path) {
        return URI.create("http://127.0.0.1:" + app.getAdminPort() + path);
    }

    private static double meter(String name) {
        return app.getEnvironment().metrics().meter(name).getCount();
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }

    /**
     * Reads {@code events.raw} from the beginning until every expected event was seen (or 30 s passed), then returns
     * every record whose event id starts with {@code run}, by event id.
     */
    private static Map<String, ConsumerRecord<byte[], byte[]>> awaitRecords(String run, Collection<String> expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, ConsumerRecord<byte[], byte[]>> found = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(Topics.EVENTS_RAW, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(partition.topic(), partition.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!found.keySet().containsAll(expected) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    String eventId = EventCodec.decode(record.value()).getEventId();
                    if (eventId.startsWith(run)) {
                        found.put(eventId, record);
                    }
                }
            }
            // One more poll: a record beyond the expected ones would show up here.
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                String eventId = EventCodec.decode(record.value()).getEventId();
                if (eventId.startsWith(run)) {
                    found.put(eventId, record);
                }
            }
        }
        return found;
    }
}
