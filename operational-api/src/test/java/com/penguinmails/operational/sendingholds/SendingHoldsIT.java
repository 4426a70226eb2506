package com.penguinmails.operational.sendingholds;

import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.Topics;
import com.penguinmails.ingestion.IngestionApplication;
import com.penguinmails.ingestion.IngestionConfiguration;
import com.penguinmails.operational.access.OperationalApi;
import com.penguinmails.operational.usage.AnalyticsEvents;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A workspace's monthly email budget with a hard cap, end to end with the real services: reaching it notifies each
 * threshold once and places a budget hold; ingestion then refuses the workspace's send events (403
 * sending_suspended) while other event types and other workspaces flow; raising the budget lifts the hold and sends
 * are accepted again. Real PostgreSQL, ClickHouse and Kafka; ingestion reads the holds over HTTP.
 */
@ExtendWith(EmbeddedStackExtension.class)
class SendingHoldsIT {

    private static final String PREFIX = "ingestion-holds-it";
    private static final String API_KEY = "pm_it_holds_key";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static OperationalApi api;
    private static DropwizardAppExtension<IngestionConfiguration> ingestion;
    private static Client clickHouse;
    private static String tenant;
    private static String workspace;
    private static String owner;
    private static String otherOwner;

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        clickHouse = factory.build();
        new ClickHouseMigrator(clickHouse, factory.getDatabase()).migrate();
        api = OperationalApi.start(stack, "sending_holds_it",
                ConfigOverride.config("clickHouse.url", stack.clickHouse().httpUrl()));
        JsonNode signUp = api.signUp("Capped Co", "owner@capped.test");
        tenant = signUp.get("organisation_id").asText();
        workspace = signUp.get("workspace_id").asText();
        owner = api.signIn("owner@capped.test");
        api.signUp("Uncapped Co", "owner@uncapped.test");
        otherOwner = api.signIn("owner@uncapped.test");
        api.jdbi().useHandle(handle -> handle.execute("""
                INSERT INTO notification_channels (id, tenant_id, name, type, email_addresses, health_alerts)
                VALUES ('nc-budget', ?, 'Finance', 'email', '{finance@capped.test}', true)""", tenant));

        Instant sentAt = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        List<AnalyticsEvents.Row> sends = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sends.add(new AnalyticsEvents.Row(tenant, workspace, "hold-" + i, "send", sentAt));
        }
        new AnalyticsEvents(clickHouse).insert(sends);

        stack.kafka().createTopic(Topics.EVENTS_RAW, 4);
        ingestion = new DropwizardAppExtension<>(IngestionApplication.class,
                ResourceHelpers.resourceFilePath("ingestion-sending-holds-it.yml"), PREFIX,
                ConfigOverride.config(PREFIX, "kafka.bootstrapServers", stack.kafka().bootstrapServers()),
                ConfigOverride.config(PREFIX, "apiKeys.keys[0].tenantId", tenant),
                ConfigOverride.config(PREFIX, "sendingHolds.url", api.uri("").toString()));
        ingestion.before();
    }

    @AfterAll
    static void stop() throws Exception {
        if (ingestion != null) {
            ingestion.after();
        }
        if (api != null) {
            api.stop();
        }
        if (clickHouse != null) {
            clickHouse.close();
        }
    }

    @Test
    void aReachedHardCapStopsTheWorkspacesSendsUntilTheBudgetIsRaised() throws Exception {
        assertThat(ingest(send("before-cap", workspace)).statusCode()).isEqualTo(202);

        JsonNode capped = json(require(api.call("PUT", "/v1/workspaces/" + workspace + "/budget", owner,
                Map.of("unit", "emails", "amount", 10, "thresholds", List.of(50, 80, 100), "hard_cap", true)), 200));
        assertThat(capped.get("used").asText()).isEqualTo("10");
        assertThat(capped.get("used_percent").asText()).isEqualTo("100.00");
        assertThat(capped.get("held").asBoolean()).isTrue();
        assertThat(capped.get("notified_thresholds")).extracting(JsonNode::asInt).containsExactly(50, 80, 100);

        JsonNode holds = json(require(api.call("GET", "/v1/sending-holds", owner, null), 200)).get("sending_holds");
        assertThat(holds).singleElement().satisfies(hold -> {
            assertThat(hold.get("reason").asText()).isEqualTo("budget_cap");
            assertThat(hold.get("workspace_id").asText()).isEqualTo(workspace);
        });
        assertThat(json(require(api.call("GET", "/v1/sending-holds", otherOwner, null), 200))
                .get("sending_holds")).isEmpty();

        HttpResponse<String> refused = awaitStatus(send("after-cap", workspace), 403);
        JsonNode refusal = JSON.readTree(refused.body());
        assertThat(refusal.get("code").asText()).isEqualTo("sending_suspended");
        assertThat(refusal.get("reason").asText()).isEqualTo("budget_cap");
        assertThat(refusal.get("workspace_id").asText()).isEqualTo(workspace);
        assertThat(ingest(open("open-while-held", workspace)).statusCode()).as("other event types flow")
                .isEqualTo(202);
        assertThat(ingest(send("other-workspace", "ws-elsewhere")).statusCode()).isEqualTo(202);

        require(api.call("PUT", "/v1/workspaces/" + workspace + "/budget", owner,
                Map.of("unit", "emails", "amount", 10, "thresholds", List.of(50, 80, 100), "hard_cap", true)), 200);
        assertThat(budgetDeliveries(workspace)).as("each threshold notified once this month").isEqualTo(3);

        JsonNode raised = json(require(api.call("PUT", "/v1/workspaces/" + workspace + "/budget", owner,
                Map.of("unit", "emails", "amount", 1000, "hard_cap", true)), 200));
        assertThat(raised.get("held").asBoolean()).isFalse();
        assertThat(json(require(api.call("GET", "/v1/sending-holds", owner, null), 200)).get("sending_holds"))
                .isEmpty();
        awaitStatus(send("after-raise", workspace), 202);

        assertThat(auditActions()).contains("budget.put", "sending_hold.place", "sending_hold.lift");
    }

    @Test
    void deletingTheBudgetLiftsItsHold() throws Exception {
        String second = json(require(api.call("POST", "/v1/workspaces", owner, Map.of("name", "Second")), 201))
                .get("id").asText();
        new AnalyticsEvents(clickHouse).insert(List.of(new AnalyticsEvents.Row(tenant, second, "second-1", "send",
                Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS))));
        require(api.call("PUT", "/v1/workspaces/" + second + "/budget", owner,
                Map.of("unit", "emails", "amount", 1, "hard_cap", true)), 200);
        assertThat(api.call("GET", "/v1/workspaces/" + second + "/budget", otherOwner, null).statusCode())
                .isEqualTo(404);
        awaitStatus(send("second-held", second), 403);

        assertThat(api.call("DELETE", "/v1/workspaces/" + second + "/budget", owner, null).statusCode())
                .isEqualTo(204);

        awaitStatus(send("second-free", second), 202);
    }

    /** The budget notifications enqueued for the workspace's budget (one email channel: one per threshold). */
    private static long budgetDeliveries(String workspaceId) {
        return api.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM deliveries WHERE tenant_id = :t AND dedup_key LIKE :key")
                .bind("t", tenant).bind("key", "alert:budget:" + tenant + ":workspace:" + workspaceId + ":%")
                .mapTo(Long.class).one());
    }

    private static List<String> auditActions() {
        return api.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT action FROM audit_log WHERE tenant_id = :t ORDER BY occurred_at")
                .bind("t", tenant).mapTo(String.class).list());
    }

    private static HttpResponse<String> awaitStatus(String event, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> response = ingest(event.replace("\"event_id\":\"", "\"event_id\":\"" + UUID.randomUUID()));
        while (response.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = ingest(event.replace("\"event_id\":\"", "\"event_id\":\"" + UUID.randomUUID()));
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static HttpResponse<String> ingest(String event) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ingestion.getLocalPort() + "/v1/events"))
                .header("Authorization", "Bearer " + API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + event + "]")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String send(String eventId, String workspaceId) {
        return "{\"event_id\":\"" + eventId + "\",\"type\":\"send\",\"occurred_at\":\"" + Instant.now() + "\","
                + "\"workspace_id\":\"" + workspaceId + "\",\"message_id\":\"m-" + eventId + "\","
                + "\"contact_id\":\"ct-1\",\"campaign_id\":\"c-1\",\"mailbox\":\"sam@send.capped.test\","
                + "\"sending_domain\":\"send.capped.test\"}";
    }

    private static String open(String eventId, String workspaceId) {
        return "{\"event_id\":\"" + eventId + "\",\"type\":\"open\",\"occurred_at\":\"" + Instant.now() + "\","
                + "\"workspace_id\":\"" + workspaceId + "\",\"message_id\":\"m-" + eventId + "\","
                + "\"contact_id\":\"ct-1\",\"engagement\":{\"ip\":\"198.51.100.7\",\"user_agent\":\"Mozilla/5.0\","
                + "\"http_method\":\"GET\"}}";
    }
}
