package com.penguinmails.operational.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.Topics;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.OperationalApiConfiguration;
import com.penguinmails.operational.TestDatabases;
import com.penguinmails.operational.notifications.ApiCalls;
import com.penguinmails.operational.notifications.TestSessions;
import com.penguinmails.streamjobs.alerts.AlertRuleParser;
import com.penguinmails.streamjobs.alerts.RuleUpdate;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alert rules through the running service, against embedded PostgreSQL and Kafka: each change ends up on
 * {@code control.alert-rules} as the stream job reads it, deletions as tombstones, and a Kafka outage delays but never
 * loses a change.
 */
@ExtendWith(EmbeddedStackExtension.class)
class AlertRulesIT {

    private static final String DATABASE = "alert_rules_it";
    private static final String TENANT = "t-rules";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static DropwizardAppExtension<OperationalApiConfiguration> app;
    private static Jdbi jdbi;
    private static EmbeddedStack stack;
    private static ApiCalls owner;

    @BeforeAll
    static void startApplication(EmbeddedStack embedded) throws Exception {
        stack = embedded;
        stack.kafka().createTopic(Topics.CONTROL_ALERT_RULES, 1, Map.of("cleanup.policy", "compact"));
        jdbi = Jdbi.create(TestDatabases.create(stack, DATABASE));
        app = new DropwizardAppExtension<>(OperationalApiApplication.class,
                ResourceHelpers.resourceFilePath("operational-api-test.yml"),
                ConfigOverride.config("database.url", TestDatabases.jdbcUrl(stack, DATABASE)),
                ConfigOverride.config("database.user", stack.postgres().username()),
                ConfigOverride.config("database.password", stack.postgres().password()),
                ConfigOverride.config("kafka.bootstrapServers", stack.kafka().bootstrapServers()));
        app.before();
        owner = new ApiCalls("http://127.0.0.1:" + app.getLocalPort(), TestSessions.signedIn(jdbi, TENANT, "owner"));
    }

    @AfterAll
    static void stopApplication() {
        if (app != null) {
            app.after();
        }
    }

    private static String rule(String name, double threshold) {
        return """
                {"name": "%s", "metric": "bounce_rate", "scope": {"kind": "sending_domain", "value": "send.acme.io"},
                 "comparison": "above", "threshold": %s, "window": "PT1H", "min_volume": 50, "cooldown": "PT30M"}"""
                .formatted(name, threshold);
    }

    @Test
    void aCreatedRuleIsPublishedAsTheStreamJobReadsIt() throws Exception {
        ApiCalls.Answer created = owner.post("/v1/alert-rules", rule("Bounces", 0.05));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(created.body().get("tenant_id").asText()).isEqualTo(TENANT);
        assertThat(created.body().get("channels")).isEmpty();
        JsonNode published = MAPPER.readTree(awaitRecords(id, 1).get(0).value());
        assertThat(published).isEqualTo(MAPPER.readTree("""
                {"rule_id": "%s", "tenant_id": "%s", "name": "Bounces", "metric": "bounce_rate",
                 "scope": {"kind": "sending_domain", "value": "send.acme.io"}, "comparison": "above",
                 "threshold": 0.05, "window": "PT1H", "min_volume": 50, "cooldown": "PT30M", "enabled": true}"""
                .formatted(id, TENANT)));
        RuleUpdate update = new AlertRuleParser().parse(id.getBytes(StandardCharsets.UTF_8),
                MAPPER.writeValueAsBytes(published));
        assertThat(update.rule().tenantId()).isEqualTo(TENANT);
        assertThat(auditActions(id)).containsExactly("alert_rule.create");
    }

    @Test
    void anUpdateIsRepublishedAndADeletionIsATombstone() throws Exception {
        String id = owner.post("/v1/alert-rules", rule("Bounces", 0.05)).body().get("id").asText();

        ApiCalls.Answer updated = owner.put("/v1/alert-rules/" + id, rule("Bounces, stricter", 0.02));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(owner.delete("/v1/alert-rules/" + id).status()).isEqualTo(204);

        List<ConsumerRecord<byte[], byte[]>> records = awaitRecords(id, 3);
        assertThat(MAPPER.readTree(records.get(0).value()).get("threshold").asDouble()).isEqualTo(0.05);
        assertThat(MAPPER.readTree(records.get(1).value()).get("name").asText()).isEqualTo("Bounces, stricter");
        assertThat(MAPPER.readTree(records.get(1).value()).get("threshold").asDouble()).isEqualTo(0.02);
        assertThat(records.get(2).value()).isNull();
        assertThat(owner.get("/v1/alert-rules/" + id).status()).isEqualTo(404);
        assertThat(auditActions(id)).containsExactly("alert_rule.create", "alert_rule.update", "alert_rule.delete");
    }

    @Test
    void invalidRulesAreRefusedWithFieldMessages() {
        ApiCalls.Answer refused = owner.post("/v1/alert-rules", """
                {"metric": "bounce_ratio", "scope": {"kind": "sending_domain"}, "threshold": 0.1, "window": "P8D"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").toString()).contains("metric must be one of")
                .contains("window must be above 0 and at most 7 days");

        ApiCalls.Answer unknownChannel = owner.post("/v1/alert-rules", """
                {"metric": "bounce_rate", "scope": {"kind": "tenant"}, "threshold": 0.1, "window": "PT1H",
                 "channels": ["nc-nowhere"]}""");
        assertThat(unknownChannel.status()).isEqualTo(422);
        assertThat(unknownChannel.body().get("errors").get(0).asText()).contains("nc-nowhere");

        ApiCalls.Answer foreignWorkspace = owner.post("/v1/alert-rules", """
                {"workspace_id": "ws-of-someone-else", "metric": "bounce_rate", "scope": {"kind": "tenant"},
                 "threshold": 0.1, "window": "PT1H"}""");
        assertThat(foreignWorkspace.status()).isEqualTo(422);
        assertThat(foreignWorkspace.body().get("errors").get(0).asText())
                .isEqualTo("workspace_id names no workspace of your organisation");
    }

    @Test
    void anotherOrganisationsRulesAreNotFoundAndViewersCannotChangeRules() {
        String id = owner.post("/v1/alert-rules", rule("Mine", 0.05)).body().get("id").asText();
        ApiCalls stranger = owner.as(TestSessions.signedIn(jdbi, "t-stranger", "owner"));
        ApiCalls viewer = owner.as(TestSessions.signedIn(jdbi, TENANT, "viewer"));

        assertThat(stranger.get("/v1/alert-rules/" + id).status()).isEqualTo(404);
        assertThat(stranger.delete("/v1/alert-rules/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/v1/alert-rules").body().get("alert_rules")).isEmpty();
        assertThat(viewer.get("/v1/alert-rules/" + id).status()).isEqualTo(200);
        assertThat(viewer.post("/v1/alert-rules", rule("Nope", 0.05)).status()).isEqualTo(403);
        assertThat(viewer.delete("/v1/alert-rules/" + id).status()).isEqualTo(403);
        assertThat(owner.as(null).get("/v1/alert-rules").status()).isEqualTo(401);
    }

    @Test
    void aRuleChangedWhileKafkaIsDownIsPublishedWhenItReturns() throws Exception {
        stack.kafka().stop();
        String id;
        try {
            ApiCalls.Answer created = owner.post("/v1/alert-rules", rule("During the outage", 0.07));
            assertThat(created.status()).isEqualTo(201);
            id = created.body().get("id").asText();
            Thread.sleep(1_500);
        } finally {
            stack.kafka().start();
        }

        List<ConsumerRecord<byte[], byte[]>> records = awaitRecords(id, 1);
        assertThat(MAPPER.readTree(records.get(0).value()).get("threshold").asDouble()).isEqualTo(0.07);
    }

    private static List<String> auditActions(String ruleId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT action FROM audit_log WHERE target_type = 'alert_rule' AND target_id = :id ORDER BY id")
                .bind("id", ruleId).mapTo(String.class).list());
    }

    /** Reads control.alert-rules from the start until {@code count} records of {@code ruleId} were seen. */
    private static List<ConsumerRecord<byte[], byte[]>> awaitRecords(String ruleId, int count) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "alert-rules-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.CONTROL_ALERT_RULES));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (new String(record.key(), StandardCharsets.UTF_8).equals(ruleId)) {
                        found.add(record);
                    }
                }
                return found.size() >= count;
            });
        }
        return found;
    }
}
