package com.penguinmails.operational.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.EventCodec;
import com.penguinmails.events.EventJson;
import com.penguinmails.events.Topics;
import com.penguinmails.events.v1.Event;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.OperationalApiConfiguration;
import com.penguinmails.operational.TestDatabases;
import com.penguinmails.operational.webhooks.RecordingWebhookReceiver;
import com.penguinmails.operational.webhooks.WebhookSignature;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications end to end through the running service, with embedded PostgreSQL and Kafka, a real SMTP server, a
 * local fake of the SMS provider and a local webhook receiver: alerts on topic {@code alerts} and events on
 * {@code events.raw} become signed webhooks, emails and texts; failures are retried and parked.
 */
@ExtendWith(EmbeddedStackExtension.class)
class NotificationsIT {

    private static final String DATABASE = "notifications_it";
    private static final String TENANT = "t-notify";
    private static final String SMS_SID = "AC00000000000000000000000000000001";
    private static final String SMS_TOKEN = "sms-test-token";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static DropwizardAppExtension<OperationalApiConfiguration> app;
    private static Jdbi jdbi;
    private static ApiCalls owner;
    private static RecordingSmtpServer smtp;
    private static FakeTwilio twilio;
    private static RecordingWebhookReceiver receiver;
    private static KafkaProducer<byte[], byte[]> producer;

    @BeforeAll
    static void startApplication(EmbeddedStack stack) throws Exception {
        ensureTopic(stack, Topics.ALERTS, 1);
        stack.kafka().createTopic(Topics.CONTROL_ALERT_RULES, 1, Map.of("cleanup.policy", "compact"));
        ensureTopic(stack, Topics.EVENTS_RAW, 4);
        smtp = RecordingSmtpServer.start();
        twilio = FakeTwilio.start(SMS_SID, SMS_TOKEN);
        receiver = RecordingWebhookReceiver.start();
        jdbi = Jdbi.create(TestDatabases.create(stack, DATABASE));
        app = new DropwizardAppExtension<>(OperationalApiApplication.class,
                ResourceHelpers.resourceFilePath("operational-api-test.yml"),
                ConfigOverride.config("database.url", TestDatabases.jdbcUrl(stack, DATABASE)),
                ConfigOverride.config("database.user", stack.postgres().username()),
                ConfigOverride.config("database.password", stack.postgres().password()),
                ConfigOverride.config("kafka.bootstrapServers", stack.kafka().bootstrapServers()),
                ConfigOverride.config("notifications.consumeAlerts", "true"),
                ConfigOverride.config("notifications.consumeEvents", "true"),
                ConfigOverride.config("notifications.smtp.host", "127.0.0.1"),
                ConfigOverride.config("notifications.smtp.port", Integer.toString(smtp.port())),
                ConfigOverride.config("notifications.smtp.starttls", "false"),
                ConfigOverride.config("notifications.smtp.from", "alerts@penguin.test"),
                ConfigOverride.config("notifications.sms.baseUrl", twilio.baseUrl()),
                ConfigOverride.config("notifications.sms.accountSid", SMS_SID),
                ConfigOverride.config("notifications.sms.authToken", SMS_TOKEN),
                ConfigOverride.config("notifications.sms.from", "+15005550006"));
        app.before();
        owner = new ApiCalls("http://127.0.0.1:" + app.getLocalPort(), TestSessions.signedIn(jdbi, TENANT, "owner"));
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafka().bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stopApplication() {
        if (producer != null) {
            producer.close();
        }
        if (app != null) {
            app.after();
        }
        receiver.close();
        twilio.close();
        smtp.close();
    }

    @Test
    void anAlertReachesTheRulesWebhookEmailAndSmsChannelsExactlyOnce() throws Exception {
        JsonNode webhook = createWebhook("/alerts", "alert.fired", "alert.resolved");
        String secret = webhook.get("secret").asText();
        String webhookChannel = createChannel("""
                {"name": "Ops hook", "type": "webhook", "webhook_id": "%s"}""".formatted(webhook.get("id").asText()));
        String emailChannel = createChannel("""
                {"name": "Ops mail", "type": "email", "email_addresses": ["ops@acme.test"]}""");
        String smsChannel = createChannel("""
                {"name": "On call", "type": "sms", "phone_numbers": ["+14155550123", "+14155550124"]}""");
        String ruleId = owner.post("/v1/alert-rules", """
                {"name": "Bounces", "metric": "bounce_rate", "scope": {"kind": "sending_domain"}, "threshold": 0.05,
                 "window": "PT1H", "channels": ["%s", "%s", "%s"]}""".formatted(webhookChannel, emailChannel,
                smsChannel)).body().get("id").asText();
        String alertId = ruleId + "/sending_domain:send.acme.io/2026-11-25T10:06:00Z";
        byte[] alert = ("""
                {"alert_id": "%s", "rule_id": "%s", "rule_name": "Bounces", "tenant_id": "%s", "state": "firing",
                 "metric": "bounce_rate", "scope_kind": "sending_domain", "scope_value": "send.acme.io",
                 "comparison": "above", "value": 0.081, "threshold": 0.05, "volume": 640, "window": "PT1H",
                 "fired_at": "2026-11-25T10:06:00Z", "resolved_at": null, "detail": ""}""")
                .formatted(alertId, ruleId, TENANT).getBytes(StandardCharsets.UTF_8);

        produce(Topics.ALERTS, alertId, alert);
        produce(Topics.ALERTS, alertId, alert);

        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.receivedAt("/alerts").size() >= 1
                && smtp.received().size() >= 1 && twilio.sent().size() >= 2);
        Thread.sleep(2_000);
        assertThat(receiver.receivedAt("/alerts")).singleElement().satisfies(request -> {
            assertThat(WebhookSignature.verify(request.signature(), secret, request.body(), Instant.now(),
                    Duration.ofMinutes(5))).isTrue();
            assertThat(request.eventType()).isEqualTo("alert.fired");
            JsonNode body = MAPPER.readTree(request.body());
            assertThat(body.get("id").asText()).isEqualTo(request.deliveryId());
            assertThat(body.get("type").asText()).isEqualTo("alert.fired");
            assertThat(body.get("tenant_id").asText()).isEqualTo(TENANT);
            assertThat(body.at("/data/alert_id").asText()).isEqualTo(alertId);
        });
        assertThat(smtp.received()).singleElement().satisfies(mail -> {
            assertThat(mail.from()).isEqualTo("alerts@penguin.test");
            assertThat(mail.data()).contains("To: ops@acme.test")
                    .contains("Subject: [PenguinMails] FIRING: Bounces (bounce_rate 8.10% above 5.00%)");
        });
        assertThat(twilio.sent()).extracting(FakeTwilio.Sent::to)
                .containsExactlyInAnyOrder("+14155550123", "+14155550124");
        assertThat(twilio.sent()).allSatisfy(sms -> assertThat(sms.body())
                .isEqualTo("PenguinMails FIRING: Bounces - bounce_rate 8.10% above 5.00%"));
        int deliveries = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM deliveries WHERE dedup_key = :key AND status = 'delivered'")
                .bind("key", "alert:" + alertId + ":firing").mapTo(Integer.class).one());
        assertThat(deliveries).isEqualTo(4);
    }

    @Test
    void aFlakyReceiverGetsTheDeliveryOnTheFourthAttempt() {
        receiver.script("/flaky", 500, 500, 500, 200);
        String id = createWebhook("/flaky", "bounce").get("id").asText();

        ApiCalls.Answer test = owner.post("/v1/webhooks/" + id + "/test", null);

        assertThat(test.status()).isEqualTo(202);
        String deliveryId = test.body().get("id").asText();
        JsonNode delivered = awaitDelivery(id, deliveryId, "delivered");
        assertThat(delivered.get("attempts").asInt()).isEqualTo(4);
        assertThat(delivered.get("last_response_code").asInt()).isEqualTo(200);
        assertThat(delivered.get("last_error").isNull()).isTrue();
        assertThat(receiver.receivedAt("/flaky")).hasSize(4)
                .allSatisfy(request -> assertThat(request.deliveryId()).isEqualTo(deliveryId));
    }

    @Test
    void aReceiverThatAlwaysFailsParksTheDeliveryWithTheReasonUntilRetried() {
        receiver.script("/down", 503);
        String id = createWebhook("/down", "complaint").get("id").asText();
        String deliveryId = owner.post("/v1/webhooks/" + id + "/test", null).body().get("id").asText();

        JsonNode parked = awaitDelivery(id, deliveryId, "parked");

        assertThat(parked.get("attempts").asInt()).isEqualTo(5);
        assertThat(parked.get("last_response_code").asInt()).isEqualTo(503);
        assertThat(parked.get("last_error").asText()).isEqualTo("parked after 5 attempts: HTTP 503: status 503");
        assertThat(parked.get("next_attempt_at").isNull()).isTrue();
        assertThat(receiver.receivedAt("/down")).hasSize(5);

        receiver.script("/down", 204);
        ApiCalls.Answer retried = owner.post("/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/retry", null);
        assertThat(retried.status()).isEqualTo(202);
        assertThat(awaitDelivery(id, deliveryId, "delivered").get("attempts").asInt()).isEqualTo(1);
        assertThat(owner.post("/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/retry", null).status())
                .isEqualTo(409);
    }

    @Test
    void aBounceEventReachesOnlyTheEndpointsSubscribedToBounces() throws Exception {
        String bounces = createWebhook("/bounces", "bounce", "complaint").get("id").asText();
        createWebhook("/complaints", "complaint");
        Event bounce = event(TENANT, "bounce");
        Event otherTenant = event("t-someone-else", "bounce");
        Event delivered = event(TENANT, "delivered");

        for (Event event : List.of(otherTenant, delivered, bounce)) {
            produce(Topics.EVENTS_RAW, event.getTenantId() + "/" + event.getMessageId(), EventCodec.encode(event));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> !receiver.receivedAt("/bounces").isEmpty());
        Thread.sleep(1_500);
        assertThat(receiver.receivedAt("/bounces")).singleElement().satisfies(request -> {
            assertThat(request.eventType()).isEqualTo("bounce");
            JsonNode body = MAPPER.readTree(request.body());
            assertThat(body.at("/data/event_id").asText()).isEqualTo(bounce.getEventId());
            assertThat(body.at("/data/bounce/bounce_type").asText()).isEqualTo("hard");
        });
        assertThat(receiver.receivedAt("/complaints")).isEmpty();
        assertThat(owner.get("/v1/webhooks/" + bounces + "/deliveries").body().get("deliveries")).hasSize(1);
    }

    @Test
    void webhookUrlsMustBePublicHttpsUnlessAllowListed() {
        ApiCalls.Answer refused = owner.post("/v1/webhooks", """
                {"url": "https://169.254.169.254/latest/meta-data", "event_types": ["bounce"]}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").get(0).asText()).contains("non-public address");
        assertThat(owner.post("/v1/webhooks", """
                {"url": "http://10.0.0.1/hook", "event_types": ["bounce"]}""").status()).isEqualTo(422);
        assertThat(owner.post("/v1/webhooks", """
                {"url": "%s", "event_types": ["bounced"]}""".formatted(receiver.url("/x"))).status()).isEqualTo(422);
    }

    @Test
    void theSecretIsShownOnceAndNeverStoredInTheClear() {
        JsonNode created = createWebhook("/secret", "reply");
        String id = created.get("id").asText();
        String secret = created.get("secret").asText();

        assertThat(secret).startsWith("whsec_");
        assertThat(owner.get("/v1/webhooks/" + id).body().has("secret")).isFalse();
        assertThat(owner.get("/v1/webhooks").body().toString()).doesNotContain(secret);
        byte[] stored = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT secret_sealed FROM webhook_endpoints WHERE id = :id").bind("id", id).mapTo(byte[].class).one());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret.substring(6));
        String audited = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT after::text FROM audit_log WHERE target_id = :id").bind("id", id).mapTo(String.class).one());
        assertThat(audited).doesNotContain(secret.substring(6)).contains(id);
    }

    private static JsonNode createWebhook(String path, String... types) {
        ApiCalls.Answer created = owner.post("/v1/webhooks", """
                {"url": "%s", "description": "test receiver", "event_types": %s}"""
                .formatted(receiver.url(path), MAPPER.valueToTree(List.of(types))));
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    private static String createChannel(String json) {
        ApiCalls.Answer created = owner.post("/v1/notification-channels", json);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private static JsonNode awaitDelivery(String webhookId, String deliveryId, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            for (JsonNode delivery : owner.get("/v1/webhooks/" + webhookId + "/deliveries").body().get("deliveries")) {
                if (delivery.get("id").asText().equals(deliveryId) && delivery.get("status").asText().equals(status)) {
                    found[0] = delivery;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static Event event(String tenantId, String type) {
        String json = """
                {"event_id": "e-%s", "type": "%s", "occurred_at": "%s", "message_id": "m-%s", "campaign_id": "c-1",
                 "sending_domain": "send.acme.io", "contact_id": "ct-9", "recipient_domain": "gmail.com"%s}"""
                .formatted(UUID.randomUUID(), type, Instant.now(), UUID.randomUUID(), type.equals("bounce")
                        ? ", \"bounce\": {\"bounce_type\": \"hard\", \"reason\": \"user_unknown\", \"smtp_code\": 550}"
                        : "");
        return EventJson.read(json, tenantId, Instant.now()).orElseThrow();
    }

    private static void produce(String topic, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get();
    }

    private static void ensureTopic(EmbeddedStack stack, String topic, int partitions) {
        try {
            stack.kafka().createTopic(topic, partitions);
        } catch (IllegalStateException e) {
            if (!String.valueOf(e.getMessage()).contains("already exists")) {
                throw e;
            }
        }
    }
}
