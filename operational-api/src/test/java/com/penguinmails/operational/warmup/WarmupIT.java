package com.penguinmails.operational.warmup;

import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.Topics;
import com.penguinmails.operational.access.OperationalApi;
import com.penguinmails.operational.audit.PostgresAuditTrail;
import com.penguinmails.operational.health.HealthInventory;
import com.penguinmails.operational.health.SettableClock;
import io.dropwizard.testing.ConfigOverride;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Warm-up schedules through the API on the real service (embedded PostgreSQL and Kafka): ramps and per-day limits,
 * the internal read, pause and resume, the automatic cut on the stream job's {@code auto_pause} alerts (once per
 * alert, only the tenant's concerned schedules), bad input, and tenant isolation.
 */
@ExtendWith(EmbeddedStackExtension.class)
class WarmupIT {

    private static final String SERVICE_TOKEN = "test-service-token";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static OperationalApi api;
    private static KafkaProducer<byte[], byte[]> producer;

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        stack.kafka().createTopic(Topics.ALERTS, 1);
        api = OperationalApi.start(stack, "warmup_it",
                ConfigOverride.config("kafka.bootstrapServers", stack.kafka().bootstrapServers()),
                ConfigOverride.config("warmup.consumeAutoPause", "true"),
                ConfigOverride.config("warmup.mailboxLimitRefresh", "1 hour"));
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafka().bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stop() {
        producer.close();
        api.stop();
    }

    @Test
    void limitsFollowTheRampAndAPauseRecommendationCutsThemOnce() throws Exception {
        JsonNode org = api.signUp("Warm Org", "owner@warm.test");
        String tenant = org.get("organisation_id").asText();
        String workspace = org.get("workspace_id").asText();
        String owner = api.signIn("owner@warm.test");
        HealthInventory.activeServer(api.jdbi(), tenant, workspace, "srv-warm-1", "203.0.113.7", "mail.warm.test",
                "mail.warm.test", 587);
        HealthInventory.mailbox(api.jdbi(), tenant, workspace, "mb-sam", "sam@send.warm.test");
        HealthInventory.mailbox(api.jdbi(), tenant, workspace, "mb-amy", "amy@send.warm.test");
        String base = "/v1/workspaces/" + workspace + "/warmup";

        JsonNode ip = json(require(api.call("POST", base + "/schedules", owner, Map.of("target_type", "ip",
                "target", "203.0.113.7", "target_volume", 640, "days", 6, "start_volume", 20,
                "starts_on", TODAY.minusDays(4).toString())), 201));
        assertThat(ip.get("ramp")).extracting(JsonNode::asInt).containsExactly(20, 40, 80, 160, 320, 640);
        assertThat(ip.at("/today/daily_limit").asInt()).isEqualTo(320);
        assertThat(ip.at("/today/day").asInt()).isEqualTo(5);
        JsonNode sam = json(require(api.call("POST", base + "/schedules", owner, Map.of("target_type", "mailbox",
                "target", "Sam@send.warm.test", "ramp", List.of(10, 20, 40, 80),
                "starts_on", TODAY.minusDays(3).toString())), 201));
        assertThat(sam.get("target").asText()).isEqualTo("sam@send.warm.test");
        assertThat(sam.at("/today/daily_limit").asInt()).isEqualTo(80);
        JsonNode amy = json(require(api.call("POST", base + "/schedules", owner, Map.of("target_type", "mailbox",
                "target", "amy@send.warm.test", "target_volume", 1000)), 201));
        assertThat(amy.get("curve").asText()).isEqualTo("default");
        assertThat(amy.get("ramp")).hasSize(30);
        assertThat(mailboxLimit("sam@send.warm.test")).isEqualTo(80);

        JsonNode tomorrow = json(require(api.call("GET", base + "/limits?date=" + TODAY.plusDays(1), owner, null),
                200));
        assertThat(limitOf(tomorrow, "203.0.113.7")).isEqualTo(640);
        assertThat(json(require(api.call("GET", "/internal/v1/warmup/limits?tenant_id=" + tenant, SERVICE_TOKEN,
                null), 200)).get("limits")).hasSize(3);
        assertThat(api.call("GET", "/internal/v1/warmup/limits?tenant_id=" + tenant, owner, null).statusCode())
                .isEqualTo(403);

        String ipAlert = "auto_pause/sending_ip:203.0.113.7/2026-11-26T03:00:00Z";
        produce(pauseAlert(ipAlert, tenant, "sending_ip", "203.0.113.7", "firing"));
        produce(pauseAlert(ipAlert, tenant, "sending_ip", "203.0.113.7", "firing"));
        produce(pauseAlert("auto_pause/sending_ip:203.0.113.7/other", "t-someone-else", "sending_ip", "203.0.113.7",
                "firing"));
        produce(pauseAlert(ipAlert, tenant, "sending_ip", "203.0.113.7", "resolved"));
        String domainAlert = "auto_pause/sending_domain:send.warm.test/2026-11-26T03:05:00Z";
        produce(pauseAlert(domainAlert, tenant, "sending_domain", "send.warm.test", "firing"));

        String ipPath = base + "/schedules/" + ip.get("id").asText();
        String samPath = base + "/schedules/" + sam.get("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                json(api.call("GET", samPath, owner, null)).get("adjustments").size() == 2);
        JsonNode cutIp = json(require(api.call("GET", ipPath, owner, null), 200));
        assertThat(cutIp.at("/today/daily_limit").asInt()).isEqualTo(160);
        assertThat(cutIp.get("adjustments")).hasSize(2);
        JsonNode cut = cutIp.get("adjustments").get(1);
        assertThat(cut.get("kind").asText()).isEqualTo("auto_cut");
        assertThat(cut.get("source_alert_id").asText()).isEqualTo(ipAlert);
        assertThat(cut.get("limit_before").asInt()).isEqualTo(320);
        assertThat(cut.get("limit_after").asInt()).isEqualTo(160);
        assertThat(cut.get("reason").asText()).contains("health score 38").contains("bounce rate");
        assertThat(json(api.call("GET", samPath, owner, null)).at("/today/daily_limit").asInt()).isEqualTo(40);
        assertThat(mailboxLimit("sam@send.warm.test")).isEqualTo(40);
        JsonNode nextDay = json(require(api.call("GET", base + "/limits?date=" + TODAY.plusDays(1), owner, null),
                200));
        assertThat(limitOf(nextDay, "203.0.113.7")).as("the ramp climbs again from the cut").isEqualTo(320);
        int audited = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'warmup_schedule.auto_cut'").mapTo(Integer.class)
                .one());
        assertThat(audited).as("the IP, sam and amy, each once").isEqualTo(3);

        SettableClock tomorrowClock = new SettableClock(TODAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(60));
        new WarmupSchedules(api.jdbi(), new PostgresAuditTrail(new ObjectMapper(), tomorrowClock), tomorrowClock)
                .refreshMailboxLimits();
        assertThat(mailboxLimit("sam@send.warm.test")).as("the ramp climbed overnight").isEqualTo(80);

        JsonNode paused = json(require(api.call("POST", ipPath + "/pause", owner, null), 200));
        assertThat(paused.at("/today/daily_limit").asInt()).isZero();
        assertThat(api.call("POST", ipPath + "/pause", owner, null).statusCode()).isEqualTo(409);
        JsonNode resumed = json(require(api.call("POST", ipPath + "/resume", owner, null), 200));
        assertThat(resumed.at("/today/daily_limit").asInt()).isEqualTo(160);

        require(api.call("DELETE", samPath, owner, null), 204);
        assertThat(mailboxLimit("sam@send.warm.test")).isNull();
        assertThat(api.call("GET", samPath, owner, null).statusCode()).isEqualTo(404);
    }

    @Test
    void badSchedulesAreRefusedAndOtherOrganisationsSeeNothing() {
        JsonNode org = api.signUp("Warm Two", "owner@warm-two.test");
        String tenant = org.get("organisation_id").asText();
        String workspace = org.get("workspace_id").asText();
        String owner = api.signIn("owner@warm-two.test");
        HealthInventory.activeServer(api.jdbi(), tenant, workspace, "srv-warm-2", "198.51.100.9", "mx.warm-two.test",
                null, 0);
        String base = "/v1/workspaces/" + workspace + "/warmup/schedules";

        assertThat(api.call("POST", base, owner, Map.of("target_type", "ip", "target", "198.51.100.10",
                "target_volume", 500)).statusCode()).as("not an IP of the workspace").isEqualTo(422);
        assertThat(api.call("POST", base, owner, Map.of("target_type", "ip", "target", "198.51.100.9",
                "ramp", List.of(50, 10))).body()).contains("ramp must not decrease");
        assertThat(api.call("POST", base, owner, Map.of("target_type", "server", "target", "x",
                "target_volume", 5)).statusCode()).isEqualTo(422);
        assertThat(api.call("POST", base, owner, Map.of("target_type", "ip", "target", "198.51.100.9"))
                .body()).contains("target_volume is required");
        JsonNode created = json(require(api.call("POST", base, owner, Map.of("target_type", "ip",
                "target", "198.51.100.9", "target_volume", 500)), 201));
        assertThat(api.call("POST", base, owner, Map.of("target_type", "ip", "target", "198.51.100.9",
                "target_volume", 900)).statusCode()).isEqualTo(409);
        assertThat(api.call("GET", "/v1/workspaces/" + workspace + "/warmup/limits?date=tomorrow", owner, null)
                .statusCode()).isEqualTo(422);

        api.signUp("Warm Stranger", "owner@warm-stranger.test");
        String stranger = api.signIn("owner@warm-stranger.test");
        String viewer = api.newPerson(owner, workspace, "viewer@warm-two.test", "viewer");
        assertThat(api.call("GET", base, stranger, null).statusCode()).isEqualTo(404);
        assertThat(api.call("GET", base + "/" + created.get("id").asText(), stranger, null).statusCode())
                .isEqualTo(404);
        assertThat(api.call("GET", base, viewer, null).statusCode()).isEqualTo(200);
        assertThat(api.call("POST", base + "/" + created.get("id").asText() + "/pause", viewer, null).statusCode())
                .isEqualTo(403);
        assertThat(api.call("GET", base, null, null).statusCode()).isEqualTo(401);
    }

    private static Integer mailboxLimit(String address) {
        return api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT daily_limit FROM mailboxes WHERE address = :address").bind("address", address)
                .mapTo(Integer.class).one());
    }

    private static int limitOf(JsonNode limits, String target) {
        for (JsonNode limit : limits.get("limits")) {
            if (limit.get("target").asText().equals(target)) {
                return limit.get("daily_limit").asInt();
            }
        }
        throw new AssertionError("no limit for " + target + " in " + limits);
    }

    private static String pauseAlert(String alertId, String tenant, String scopeKind, String scopeValue,
            String state) {
        return """
                {"alert_id": "%s", "rule_id": "auto_pause", "rule_name": "auto_pause", "tenant_id": "%s",
                 "state": "%s", "metric": "health_score", "scope_kind": "%s", "scope_value": "%s",
                 "comparison": "below", "value": 38, "threshold": 0, "volume": 1200, "window": "PT24H",
                 "fired_at": "2026-11-26T03:00:00Z", "resolved_at": null, "detail": "bounce rate 9.1%% over 24h"}
                """.formatted(alertId, tenant, state, scopeKind, scopeValue);
    }

    private static void produce(String json) throws Exception {
        String key = json.substring(json.indexOf("\"alert_id\": \"") + 13);
        key = key.substring(0, key.indexOf('"'));
        producer.send(new ProducerRecord<>(Topics.ALERTS, key.getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8))).get();
    }
}
