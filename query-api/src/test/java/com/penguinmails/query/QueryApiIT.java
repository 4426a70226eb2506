package com.penguinmails.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.data.ClickHouseFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.query.store.ClickHouseText;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Boots the query API against the embedded ClickHouse with a hand-computed fixture of two tenants and checks the
 * exact answers, tenant isolation, filters, injection attempts and the error statuses.
 */
@ExtendWith(EmbeddedStackExtension.class)
class QueryApiIT {

    private static final String DATABASE = "query_api_it";
    private static final String ACME_KEY = "acme-query-key";
    private static final String GLOBEX_KEY = "globex-query-key";
    private static final String FROM = "2026-11-01T00:00:00Z";
    private static final String TO = "2026-12-01T00:00:00Z";
    /** A real campaign id of the fixture that holds a backslash and a quote. */
    private static final String AWKWARD_CAMPAIGN = "c\\'3";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> FIRSTS_SEEN = new HashSet<>();

    private static DropwizardAppExtension<QueryApiConfiguration> app;
    private static Client fixtureClient;
    private static String clickHouseUrl;

    @BeforeAll
    static void loadFixtureAndStart(EmbeddedStack stack) throws Exception {
        clickHouseUrl = stack.clickHouse().httpUrl();
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(clickHouseUrl);
        factory.setDatabase(DATABASE);
        fixtureClient = factory.build();
        new ClickHouseMigrator(fixtureClient, DATABASE).migrate();
        fixtureClient.queryAll("TRUNCATE TABLE IF EXISTS events");
        insertFixture();

        app = new DropwizardAppExtension<>(QueryApiApplication.class,
                ResourceHelpers.resourceFilePath("query-api-test.yml"),
                ConfigOverride.config("clickHouse.url", clickHouseUrl),
                ConfigOverride.config("clickHouse.database", DATABASE));
        app.before();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.after();
        }
        if (fixtureClient != null) {
            fixtureClient.close();
        }
    }

    /**
     * The fixture, November 2026. acme: campaign c-1 has m1 (send, delivered, 2 opens, click, reply), m2 (send,
     * delivered, open), m3 (send, deferred, delivered), m4 (send, bounce), m5 (send, delivered,
     * unsubscribe, complaint), m10 (send, delivered); campaign c-2 has m6 (send, delivered, open), m9 (send at exactly
     * {@code from}) and a conversion without message; campaign {@code c\'3} has m7 (send, bounce); plus an event of
     * type unknown, and events just before {@code from} and exactly at {@code to}. globex: m1 of c-1 (send, delivered,
     * 3 opens) — same message and campaign ids as acme, which acme must never see. The first batch is committed twice
     * with one deduplication token, as the stream job's sink does after a failure. Each event's first_of_type is set as
     * the enrichment sets it: on the first event of its type of its message, in fixture order.
     */
    private static void insertFixture() throws Exception {
        List<Map<String, Object>> first = new ArrayList<>();
        first.add(row("acme", "a-1", "send", "2026-11-02T09:00:00Z", "m1", "c-1"));
        first.add(row("acme", "a-2", "delivered", "2026-11-02T09:00:05Z", "m1", "c-1"));
        first.add(row("acme", "a-3", "open", "2026-11-02T10:00:00Z", "m1", "c-1"));
        first.add(row("acme", "a-4", "open", "2026-11-03T10:00:00Z", "m1", "c-1"));
        first.add(row("acme", "a-5", "click", "2026-11-03T10:01:00Z", "m1", "c-1"));
        first.add(row("acme", "a-6", "reply", "2026-11-04T08:00:00Z", "m1", "c-1"));
        first.add(row("acme", "a-7", "send", "2026-11-02T09:00:00Z", "m2", "c-1"));
        first.add(row("acme", "a-8", "delivered", "2026-11-02T09:00:03Z", "m2", "c-1"));
        first.add(row("acme", "a-9", "open", "2026-11-05T12:00:00Z", "m2", "c-1"));
        first.add(row("acme", "a-10", "send", "2026-11-02T09:00:00Z", "m3", "c-1"));
        first.add(row("acme", "a-11", "deferred", "2026-11-02T09:00:02Z", "m3", "c-1"));
        first.add(row("acme", "a-12", "delivered", "2026-11-02T09:30:00Z", "m3", "c-1"));
        first.add(row("acme", "a-13", "send", "2026-11-02T09:00:00Z", "m4", "c-1"));
        first.add(row("acme", "a-14", "bounce", "2026-11-02T09:00:01Z", "m4", "c-1"));
        first.add(row("acme", "a-15", "send", "2026-11-02T09:00:00Z", "m5", "c-1"));
        first.add(row("acme", "a-16", "delivered", "2026-11-02T09:00:04Z", "m5", "c-1"));
        first.add(row("acme", "a-17", "unsubscribe", "2026-11-06T09:00:00Z", "m5", "c-1"));
        first.add(row("acme", "a-18", "complaint", "2026-11-06T09:05:00Z", "m5", "c-1"));
        first.add(row("acme", "a-19", "send", "2026-11-07T09:00:00Z", "m6", "c-2"));
        first.add(row("acme", "a-20", "delivered", "2026-11-07T09:00:02Z", "m6", "c-2"));
        first.add(row("acme", "a-21", "open", "2026-11-07T11:00:00Z", "m6", "c-2"));
        first.add(row("acme", "a-22", "conversion", "2026-11-20T15:00:00Z", "", "c-2"));
        first.add(row("acme", "a-23", "send", "2026-11-08T09:00:00Z", "m7", AWKWARD_CAMPAIGN));
        first.add(row("acme", "a-24", "bounce", "2026-11-08T09:00:01Z", "m7", AWKWARD_CAMPAIGN));
        first.add(row("acme", "a-25", "send", "2026-11-01T00:00:00Z", "m9", "c-2"));
        first.add(row("acme", "a-26", "send", "2026-10-31T23:59:59.999Z", "m8", "c-1"));
        first.add(row("acme", "a-27", "delivered", "2026-12-01T00:00:00Z", "m8", "c-1"));
        first.add(row("acme", "a-28", "open", "2026-12-01T00:00:00Z", "m1", "c-1"));
        first.add(row("acme", "a-29", "unknown", "2026-11-09T00:00:00Z", "m1", "c-1"));
        first.add(row("globex", "g-1", "send", "2026-11-02T09:00:00Z", "m1", "c-1"));
        first.add(row("globex", "g-2", "delivered", "2026-11-02T09:00:01Z", "m1", "c-1"));
        first.add(row("globex", "g-3", "open", "2026-11-02T10:00:00Z", "m1", "c-1"));
        first.add(row("globex", "g-4", "open", "2026-11-02T11:00:00Z", "m1", "c-1"));
        first.add(row("globex", "g-5", "open", "2026-11-02T12:00:00Z", "m1", "c-1"));
        insert(first, "batch-1");

        List<Map<String, Object>> second = new ArrayList<>();
        second.add(row("acme", "a-30", "send", "2026-11-10T09:00:00Z", "m10", "c-1"));
        second.add(row("acme", "a-31", "delivered", "2026-11-10T09:00:01Z", "m10", "c-1"));
        insert(second, "batch-2");

        // The stream job's sink commits a batch again after a failure with the same token: it must count once.
        insert(first, "batch-1");
    }

    @Test
    void countsEveryEventOfTheTenantInTheRangeOnceWithExactRates() throws IOException {
        JsonNode overview = getOk(overview(), ACME_KEY);

        assertThat(overview.get("from").asText()).isEqualTo(FROM);
        assertThat(overview.get("to").asText()).isEqualTo(TO);
        assertThat(overview.has("campaign_id")).isFalse();
        assertThat(counts(overview.get("counts"))).isEqualTo(typeCounts(9, 6, 1, 2, 4, 1, 1, 1, 1, 1));
        assertThat(counts(overview.get("unique_messages"))).isEqualTo(typeCounts(9, 6, 1, 2, 3, 1, 1, 1, 1, 0));
        assertThat(rates(overview)).isEqualTo(rateValues(0.6667, 0.2222, 0.5, 0.1667, 0.1667, 0.1667, 0.1667));
    }

    @Test
    void filtersByCampaign() throws IOException {
        JsonNode overview = getOk(overview("campaign_id", "c-1"), ACME_KEY);

        assertThat(overview.get("campaign_id").asText()).isEqualTo("c-1");
        assertThat(counts(overview.get("counts"))).isEqualTo(typeCounts(6, 5, 1, 1, 3, 1, 1, 1, 1, 0));
        assertThat(counts(overview.get("unique_messages"))).isEqualTo(typeCounts(6, 5, 1, 1, 2, 1, 1, 1, 1, 0));
        assertThat(rates(overview)).isEqualTo(rateValues(0.8333, 0.1667, 0.4, 0.2, 0.2, 0.2, 0.2));
    }

    @Test
    void matchesCampaignIdsWithBackslashesAndQuotesExactly() throws IOException {
        JsonNode overview = getOk(overview("campaign_id", AWKWARD_CAMPAIGN), ACME_KEY);

        assertThat(overview.get("campaign_id").asText()).isEqualTo(AWKWARD_CAMPAIGN);
        assertThat(counts(overview.get("counts"))).isEqualTo(typeCounts(1, 0, 0, 1, 0, 0, 0, 0, 0, 0));
        assertThat(rates(overview)).isEqualTo(rateValues(0, 1.0, 0, 0, 0, 0, 0));
    }

    @Test
    void secondTenantSeesOnlyItsOwnEvents() throws IOException {
        JsonNode overview = getOk(overview("campaign_id", "c-1"), GLOBEX_KEY);

        assertThat(counts(overview.get("counts"))).isEqualTo(typeCounts(1, 1, 0, 0, 3, 0, 0, 0, 0, 0));
        assertThat(counts(overview.get("unique_messages"))).isEqualTo(typeCounts(1, 1, 0, 0, 1, 0, 0, 0, 0, 0));
        assertThat(rates(overview)).isEqualTo(rateValues(1.0, 0, 1.0, 0, 0, 0, 0));
    }

    @Test
    void answersZerosForARangeWithoutEvents() throws IOException {
        JsonNode overview = getOk(overviewWith("from", "2025-01-01T00:00:00Z", "to", "2025-02-01T00:00:00Z"), ACME_KEY);

        assertThat(counts(overview.get("counts"))).isEqualTo(typeCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(rates(overview)).isEqualTo(rateValues(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void honoursOffsetsAndTheHalfOpenRange() throws IOException {
        // 2026-11-01T00:00:00Z .. 2026-11-02T09:00:00Z: only m9's send at exactly from; the sends at 09:00 are at to.
        JsonNode overview =
                getOk(overviewWith("from", "2026-11-01T01:00:00+01:00", "to", "2026-11-02T09:00:00Z"), ACME_KEY);

        assertThat(counts(overview.get("counts"))).isEqualTo(typeCounts(1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void countsARaggedRangeExactlyFromWholeHoursAndItsPartialEnds() throws IOException {
        // Whole hours 11-02 10:00 .. 11-05 12:00 come from the rollup (m1's opens, click and reply); the partial hour
        // after 09:00:03 (four deliveries, not the deferral at 09:00:02) and the millisecond after 12:00 (m2's open)
        // from events.
        JsonNode overview = getOk(overviewWith("from", "2026-11-02T09:00:03Z", "to", "2026-11-05T12:00:00.001Z"),
                ACME_KEY);

        assertThat(counts(overview.get("counts"))).isEqualTo(typeCounts(0, 4, 0, 0, 3, 1, 1, 0, 0, 0));
        assertThat(counts(overview.get("unique_messages"))).isEqualTo(typeCounts(0, 4, 0, 0, 2, 1, 1, 0, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "c-1' OR '1'='1",
            "' OR tenant_id = 'globex' OR '",
            "c-1\\",
            "c-1\\' OR 1=1 --",
            "{tenant_id:String}",
            "c-1\nOR 1=1",
            "c-1\t",
            "c-1'); DROP TABLE events; --"})
    void injectionInTheCampaignIsJustAnUnknownCampaign(String campaignId) throws IOException {
        JsonNode overview = getOk(overview("campaign_id", campaignId), ACME_KEY);

        assertThat(overview.get("campaign_id").asText()).isEqualTo(campaignId);
        assertThat(counts(overview.get("counts"))).isEqualTo(typeCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11-01T00:00:00Z' OR '1'='1",
            "2026-11-01 00:00:00') OR 1=1 --",
            "{range_start:DateTime64(3, 'UTC')}",
            "2026-11-01T00:00:00Z\\"})
    void injectionInTheRangeIsABadRequest(String text) {
        assertStatus(overviewWith("from", text, "to", TO), ACME_KEY, 400);
        assertStatus(overviewWith("from", FROM, "to", text), ACME_KEY, 400);
    }

    @Test
    void aTenantParameterIsRejectedNotObeyed() {
        assertStatus(overview("tenant_id", "globex"), ACME_KEY, 400);
        assertStatus(overview("tenant_id' OR '1'='1", "x"), ACME_KEY, 400);
    }

    @Test
    void dropTableInjectionLeavesTheEventsIntact() throws IOException {
        getOk(overview("campaign_id", "x'; DROP TABLE events; --"), ACME_KEY);

        assertThat(counts(getOk(overview(), ACME_KEY).get("counts")).get("send")).isEqualTo(9);
    }

    @Test
    void refusesMissingUnknownAndInjectedKeys() {
        try (Response response = overview().request().get()) {
            assertThat(response.getStatus()).isEqualTo(401);
        }
        assertStatus(overview(), "not-a-key", 401);
        assertStatus(overview(), "' OR '1'='1", 401);
    }

    @Test
    void answersBadParametersWith400AndTheReason() throws IOException {
        assertBadRequest(overviewWith("to", TO),
                "missing required query parameter 'from'");
        assertBadRequest(overviewWith("from", FROM),
                "missing required query parameter 'to'");
        assertBadRequest(overviewWith("from", "November", "to", TO), "from must be an ISO-8601 date-time");
        assertBadRequest(overviewWith("from", TO, "to", FROM), "must be before to");
        assertBadRequest(overviewWith("from", "2025-01-01T00:00:00Z", "to", TO), "longer than the maximum of 400 days");
        assertBadRequest(overview("campaign", "c-1"), "unknown query parameter(s): 'campaign'");
        assertBadRequest(overview("campaign_id", "c".repeat(257)), "at most 256 characters");
        assertBadRequest(overview("campaign_id", ""), "campaign_id must not be empty");
    }

    @Test
    void reportsClickHouseHealthyThroughARealQuery() throws IOException {
        try (Response response = app.client().target(adminUrl("/healthcheck")).request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode checks = JSON.readTree(response.readEntity(String.class));
            assertThat(checks.at("/clickhouse/healthy").asBoolean()).isTrue();
        }
    }

    @Test
    void servesTheOpenApiDocument() {
        try (Response response = app.client().target(appUrl("/openapi.yaml")).request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(String.class)).contains("/v1/analytics/overview:");
        }
    }

    @Test
    void answers503AndTurnsUnhealthyWhenClickHouseIsUnreachable() throws Exception {
        DropwizardAppExtension<QueryApiConfiguration> orphan = new DropwizardAppExtension<>(QueryApiApplication.class,
                ResourceHelpers.resourceFilePath("query-api-test.yml"),
                ConfigOverride.config("clickHouse.url", "http://127.0.0.1:" + closedPort()),
                ConfigOverride.config("clickHouse.database", DATABASE),
                ConfigOverride.config("clickHouse.connectTimeoutMs", "1000"));
        orphan.before();
        try {
            String base = "http://127.0.0.1:" + orphan.getLocalPort();
            try (Response response = orphan.client().target(base + "/v1/analytics/overview")
                    .queryParam("from", FROM).queryParam("to", TO).request()
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + ACME_KEY).get()) {
                assertThat(response.getStatus()).isEqualTo(503);
                assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
                assertThat(JSON.readTree(response.readEntity(String.class)).get("message").asText())
                        .contains("ClickHouse").contains("not reachable");
            }
            try (Response response = orphan.client()
                    .target("http://127.0.0.1:" + orphan.getAdminPort() + "/healthcheck").request().get()) {
                assertThat(response.getStatus()).isEqualTo(500);
                JsonNode check = JSON.readTree(response.readEntity(String.class)).get("clickhouse");
                assertThat(check.get("healthy").asBoolean()).isFalse();
                assertThat(check.get("message").asText()).startsWith("ClickHouse did not answer");
            }
        } finally {
            orphan.after();
        }
    }

    private static Map<String, Object> row(String tenant, String eventId, String type, String occurredAt,
            String messageId, String campaignId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", tenant);
        row.put("occurred_at", ClickHouseText.dateTime64Millis(Instant.parse(occurredAt)));
        row.put("event_id", eventId);
        row.put("event_type", type);
        row.put("received_at", ClickHouseText.dateTime64Millis(Instant.parse(occurredAt).plusSeconds(1)));
        row.put("message_id", messageId);
        row.put("campaign_id", campaignId);
        row.put("link_index", -1);
        row.put("first_of_type", !messageId.isEmpty() && FIRSTS_SEEN.add(tenant + "/" + messageId + "/" + type));
        return row;
    }

    private static void insert(List<Map<String, Object>> rows, String deduplicationToken) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Map<String, Object> row : rows) {
            body.append(JSON.writeValueAsString(row)).append('\n');
        }
        fixtureClient.insert("events", new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
                ClickHouseFormat.JSONEachRow, new InsertSettings().setDeduplicationToken(deduplicationToken)
                        .serverSetting("deduplicate_blocks_in_dependent_materialized_views", "1"))
                .get(30, TimeUnit.SECONDS).close();
    }

    /** The overview for November 2026 with further parameters given as name, value, name, value... */
    private static WebTarget overview(String... moreNamesAndValues) {
        String[] namesAndValues = new String[moreNamesAndValues.length + 4];
        namesAndValues[0] = "from";
        namesAndValues[1] = FROM;
        namesAndValues[2] = "to";
        namesAndValues[3] = TO;
        System.arraycopy(moreNamesAndValues, 0, namesAndValues, 4, moreNamesAndValues.length);
        return overviewWith(namesAndValues);
    }

    /**
     * The overview with exactly the given parameters, percent-encoded by hand: Jersey's queryParam would read braces
     * in a value as a URI template.
     */
    private static WebTarget overviewWith(String... namesAndValues) {
        StringBuilder uri = new StringBuilder(appUrl("/v1/analytics/overview"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            uri.append(i == 0 ? '?' : '&')
                    .append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
        }
        return app.client().target(uri.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode getOk(WebTarget target, String apiKey) throws IOException {
        try (Response response = target.request().header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey).get()) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(200);
            return JSON.readTree(body);
        }
    }

    private static void assertStatus(WebTarget target, String apiKey, int status) {
        try (Response response = target.request().header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey).get()) {
            assertThat(response.getStatus()).as(response.readEntity(String.class)).isEqualTo(status);
        }
    }

    private static void assertBadRequest(WebTarget target, String messagePart) throws IOException {
        try (Response response = target.request().header(HttpHeaders.AUTHORIZATION, "Bearer " + ACME_KEY).get()) {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(JSON.readTree(response.readEntity(String.class)).get("message").asText()).contains(messagePart);
        }
    }

    private static Map<String, Long> counts(JsonNode object) {
        Map<String, Long> counts = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> counts.put(field.getKey(), field.getValue().asLong()));
        return counts;
    }

    private static Map<String, Long> typeCounts(long send, long delivered, long deferred, long bounce, long open,
            long click, long reply, long unsubscribe, long complaint, long conversion) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("send", send);
        counts.put("delivered", delivered);
        counts.put("deferred", deferred);
        counts.put("bounce", bounce);
        counts.put("open", open);
        counts.put("click", click);
        counts.put("reply", reply);
        counts.put("unsubscribe", unsubscribe);
        counts.put("complaint", complaint);
        counts.put("conversion", conversion);
        return counts;
    }

    private static Map<String, Double> rates(JsonNode overview) {
        Map<String, Double> rates = new LinkedHashMap<>();
        overview.get("rates").fields().forEachRemaining(field -> rates.put(field.getKey(), field.getValue().asDouble()));
        return rates;
    }

    private static Map<String, Double> rateValues(double delivery, double bounce, double open, double click,
            double reply, double unsubscribe, double complaint) {
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put("delivery", delivery);
        rates.put("bounce", bounce);
        rates.put("open", open);
        rates.put("click", click);
        rates.put("reply", reply);
        rates.put("unsubscribe", unsubscribe);
        rates.put("complaint", complaint);
        return rates;
    }

    private static String appUrl(String path) {
        return "http://127.0.0.1:" + app.getLocalPort() + path;
    }

    private static String adminUrl(String path) {
        return "http://127.0.0.1:" + app.getAdminPort() + path;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
