package com.penguinmails.operational.suppressions;

import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.Topics;
import com.penguinmails.events.v1.BounceDetails;
import com.penguinmails.events.v1.BounceType;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.operational.access.OperationalApi;
import io.dropwizard.testing.ConfigOverride;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Suppression lists of the running service: fed from events.raw on the embedded Kafka broker, managed by hand, and
 * checked by senders.
 */
@ExtendWith(EmbeddedStackExtension.class)
class SuppressionsIT {

    private static OperationalApi api;
    private static EmbeddedStack stack;
    private static String tenant;
    private static String owner;

    @BeforeAll
    static void start(EmbeddedStack embeddedStack) throws Exception {
        stack = embeddedStack;
        stack.kafka().createTopic(Topics.EVENTS_RAW, 4);
        api = OperationalApi.start(stack, "suppressions_it",
                ConfigOverride.config("kafka.bootstrapServers", stack.kafka().bootstrapServers()),
                ConfigOverride.config("privacy.suppressionsFromEvents", "true"));
        tenant = api.signUp("Sender Co", "owner@sender.test").get("organisation_id").asText();
        owner = api.signIn("owner@sender.test");
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
    }

    @Test
    void suppressesHardBouncesComplaintsAndUnsubscribesFromEventsButNotSoftBounces() throws Exception {
        List<RecordMetadata> produced = produce(List.of(
                bounce(tenant, "ct-hard", BounceType.hard, "e-1"),
                event(tenant, "ct-complaint", EventType.complaint, "e-2"),
                event(tenant, "ct-unsub", EventType.unsubscribe, "e-3"),
                bounce(tenant, "ct-soft", BounceType.soft, "e-4"),
                event(tenant, "ct-opened", EventType.open, "e-5"),
                bounce("another-tenant", "ct-elsewhere", BounceType.hard, "e-6"),
                // Replayed: must not add a second entry or change the first reason.
                bounce(tenant, "ct-hard", BounceType.hard, "e-1"),
                event(tenant, "ct-hard", EventType.unsubscribe, "e-7")));

        // Every assertion below, the absent entries and the replay's effects included, is about all eight events.
        awaitConsumed(produced);
        Map<String, Object> question = Map.of("contact_ids",
                List.of("ct-hard", "ct-complaint", "ct-unsub", "ct-soft", "ct-opened", "ct-elsewhere"));
        JsonNode answer = json(require(api.call("POST", "/v1/suppressions/check", owner, question), 200));

        assertThat(answer.get("checked").asInt()).isEqualTo(6);
        assertThat(reasons(answer)).containsExactly(
                "ct-hard=hard_bounce", "ct-complaint=complaint", "ct-unsub=unsubscribe");
        JsonNode entries = json(require(api.call("GET", "/v1/suppressions", owner, null), 200)).get("suppressions");
        List<JsonNode> hard = new ArrayList<>();
        entries.forEach(entry -> {
            if ("ct-hard".equals(entry.path("contact_id").asText())) {
                hard.add(entry);
            }
        });
        assertThat(hard).hasSize(1);
        assertThat(hard.get(0).get("source").asText()).isEqualTo("event");
        assertThat(hard.get(0).get("reason").asText()).isEqualTo("hard_bounce");
        assertThat(hard.get(0).get("last_reason").asText()).isEqualTo("unsubscribe");
    }

    @Test
    void checksEmailsAddedByHandWhateverTheirCase() {
        require(api.call("POST", "/v1/suppressions", owner, Map.of("email", "Stop.Me@Example.com", "note", "asked")),
                201);

        JsonNode answer = json(require(api.call("POST", "/v1/suppressions/check", owner,
                Map.of("emails", List.of("stop.me@example.com ", "fine@example.com"))), 200));

        assertThat(answer.get("suppressed")).hasSize(1);
        assertThat(answer.at("/suppressed/0/email").asText()).isEqualTo("stop.me@example.com ");
        assertThat(answer.at("/suppressed/0/reason").asText()).isEqualTo("manual");
    }

    @Test
    void answersConflictsAndInvalidRequestsClearly() {
        require(api.call("POST", "/v1/suppressions", owner, Map.of("contact_id", "ct-twice")), 201);

        var conflict = api.call("POST", "/v1/suppressions", owner, Map.of("contact_id", "ct-twice"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(json(conflict).get("message").asText()).contains("contact_id").doesNotContain("ct-twice");

        var nobody = api.call("POST", "/v1/suppressions", owner, Map.of("note", "no one"));
        assertThat(nobody.statusCode()).isEqualTo(422);
        assertThat(json(nobody).at("/fields/contact_id_or_email/0").asText()).isEqualTo("contact_id or email is required");

        var badEmail = api.call("POST", "/v1/suppressions", owner, Map.of("email", "not-an-address"));
        assertThat(badEmail.statusCode()).isEqualTo(422);
        assertThat(json(badEmail).at("/fields/email").isArray()).isTrue();

        assertThat(api.call("POST", "/v1/suppressions", owner, "{\"contact_id\": ").statusCode()).isEqualTo(400);

        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= SuppressionCheck.MAX_RECIPIENTS; i++) {
            tooMany.add("ct-" + i);
        }
        assertThat(api.call("POST", "/v1/suppressions/check", owner, Map.of("contact_ids", tooMany)).statusCode())
                .isEqualTo(422);
        assertThat(api.call("DELETE", "/v1/suppressions/999999", owner, null).statusCode()).isEqualTo(404);
    }

    @Test
    void letsViewersCheckButNotChangeTheList() {
        String viewer = api.newPerson(owner, null, "viewer@sender.test", "viewer");

        assertThat(api.call("POST", "/v1/suppressions/check", viewer, Map.of("contact_ids", List.of("x")))
                .statusCode()).isEqualTo(200);
        assertThat(api.call("POST", "/v1/suppressions", viewer, Map.of("contact_id", "ct-viewer")).statusCode())
                .isEqualTo(403);
    }

    private static List<String> reasons(JsonNode answer) {
        List<String> reasons = new ArrayList<>();
        answer.get("suppressed").forEach(entry ->
                reasons.add(entry.get("contact_id").asText() + "=" + entry.get("reason").asText()));
        return reasons;
    }

    /** Produces {@code events} in order, one contact's events on one partition; returns where each was stored. */
    private static List<RecordMetadata> produce(List<Event> events) throws Exception {
        List<RecordMetadata> produced = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Event event : events) {
                byte[] key = (event.getTenantId() + "/" + event.getContactId()).getBytes(StandardCharsets.UTF_8);
                produced.add(producer.send(new ProducerRecord<>(Topics.EVENTS_RAW, key, EventCodec.encode(event)))
                        .get());
            }
        }
        return produced;
    }

    /**
     * Waits until the suppression consumer has stored every one of the {@code produced} records: it commits a batch's
     * offsets only after the batch's transaction committed, so a committed offset past a record means it is processed.
     */
    private static void awaitConsumed(List<RecordMetadata> produced) throws Exception {
        Map<TopicPartition, Long> needed = new HashMap<>();
        for (RecordMetadata record : produced) {
            needed.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafka().bootstrapServers()))) {
            eventually(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = committedOffsets(admin);
                boolean all = needed.entrySet().stream().allMatch(partition -> {
                    OffsetAndMetadata offset = committed.get(partition.getKey());
                    return offset != null && offset.offset() >= partition.getValue();
                });
                return all ? Boolean.TRUE : null;
            });
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committedOffsets(Admin admin) {
        try {
            return admin.listConsumerGroupOffsets(SuppressionConsumer.GROUP).partitionsToOffsetAndMetadata().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the consumer group's offsets", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Event event(String tenantId, String contactId, EventType type, String eventId) {
        return Event.newBuilder()
                .setEventId(eventId)
                .setTenantId(tenantId)
                .setType(type)
                .setOccurredAt(Instant.parse("2026-11-25T10:00:00Z").plusSeconds(eventId.hashCode() & 0xff))
                .setReceivedAt(Instant.parse("2026-11-25T10:10:00Z"))
                .setMessageId("m-" + contactId)
                .setContactId(contactId)
                .build();
    }

    static Event bounce(String tenantId, String contactId, BounceType type, String eventId) {
        Event event = event(tenantId, contactId, EventType.bounce, eventId);
        event.setBounce(BounceDetails.newBuilder().setBounceType(type).build());
        return event;
    }

    /** Polls {@code probe} until it returns a value (up to 30 s). */
    static <T> T eventually(Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s");
            }
            Thread.sleep(200);
        }
    }
}
