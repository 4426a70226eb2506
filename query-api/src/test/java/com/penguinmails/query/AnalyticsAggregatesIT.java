package com.penguinmails.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Boots the query API against the embedded ClickHouse, inserts hand-made enriched rows into {@code events} (the
 * V0003 views fill the aggregates) and checks the exact answers of the deliverability and heatmap endpoints.
 */
@ExtendWith(EmbeddedStackExtension.class)
class AnalyticsAggregatesIT {

    private static final String DATABASE = "aggregates_api_it";
    private static final String ACME_KEY = "acme-query-key";
    private static final String GLOBEX_KEY = "globex-query-key";
    private static final String WEEK = "from=2026-11-01T00:00:00Z&to=2026-11-08T00:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "tenant_id, event_id, event_type, occurred_at, message_id, campaign_id,"
            + " sending_ip, mailbox_provider, local_timezone, bounce_type, bounce_reason, engagement_class,"
            + " first_of_message, first_of_contact, is_auto_reply";

    private static DropwizardAppExtension<QueryApiConfiguration> app;
    private static Client fixtureClient;

    @BeforeAll
    static void loadFixtureAndStart(EmbeddedStack stack) throws Exception {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        factory.setDatabase(DATABASE);
        fixtureClient = factory.build();
        new ClickHouseMigrator(fixtureClient, DATABASE).migrate();
        insertFixture();

        app = new DropwizardAppExtension<>(QueryApiApplication.class,
                ResourceHelpers.resourceFilePath("query-api-test.yml"),
                ConfigOverride.config("clickHouse.url", stack.clickHouse().httpUrl()),
                ConfigOverride.config("clickHouse.database", DATABASE),
                ConfigOverride.config("sendTime.minimumSends", "2"));
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
     * Six acme messages on Monday 2026-11-02: four via Google to Berlin (UTC+1) recipients sent 09:10Z, two via
     * Microsoft to New York (UTC-5) recipients sent 09:20Z; then their outcomes and engagement, machines included.
     */
    private static void insertFixture() {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            rows.add(row("s" + i, "send", "2026-11-02 09:10:00", "m" + i, "google", "Europe/Berlin", "", "", "", 0, 0, 0));
        }
        for (int i = 5; i <= 6; i++) {
            rows.add(row("s" + i, "send", "2026-11-02 09:20:00", "m" + i, "microsoft", "America/New_York", "", "", "", 0,
                    0, 0));
        }
        for (int i = 1; i <= 3; i++) {
            rows.add(row("d" + i, "delivered", "2026-11-02 09:11:00", "m" + i, "google", "Europe/Berlin", "", "", "", 0,
                    0, 0));
        }
        rows.add(row("d5", "delivered", "2026-11-02 09:21:00", "m5", "microsoft", "America/New_York", "", "", "", 0, 0, 0));
        rows.add(row("b4", "bounce", "2026-11-02 09:10:30", "m4", "google", "Europe/Berlin", "hard", "user_unknown", "", 0,
                0, 0));
        rows.add(row("b6", "bounce", "2026-11-02 09:20:30", "m6", "microsoft", "America/New_York", "block", "policy", "",
                0, 0, 0));
        rows.add(row("o1", "open", "2026-11-02 10:00:00", "m1", "google", "Europe/Berlin", "", "", "human", 1, 1, 0));
        rows.add(row("o1m", "open", "2026-11-02 09:12:00", "m1", "google", "Europe/Berlin", "", "", "apple_mpp", 0, 0, 0));
        rows.add(row("o2", "open", "2026-11-02 10:30:00", "m2", "google", "Europe/Berlin", "", "", "image_proxy", 1, 0,
                0));
        rows.add(row("o5", "open", "2026-11-03 14:00:00", "m5", "microsoft", "America/New_York", "", "", "human", 1, 1,
                0));
        rows.add(row("c1", "click", "2026-11-02 10:01:00", "m1", "google", "Europe/Berlin", "", "", "human", 1, 1, 0));
        rows.add(row("c3", "click", "2026-11-02 09:12:00", "m3", "google", "Europe/Berlin", "", "", "security_scanner", 0,
                0, 0));
        rows.add(row("r1", "reply", "2026-11-03 08:00:00", "m1", "google", "Europe/Berlin", "", "", "", 0, 0, 0));
        rows.add(row("r2", "reply", "2026-11-03 08:00:00", "m2", "google", "Europe/Berlin", "", "", "", 0, 0, 1));
        fixtureClient.queryAll("INSERT INTO events (" + COLUMNS + ") VALUES " + String.join(", ", rows));
        fixtureClient.queryAll("INSERT INTO events (" + COLUMNS + ") VALUES "
                + row("g1", "send", "2026-11-02 09:10:00", "m1", "google", "Europe/Berlin", "", "", "", 0, 0, 0)
                        .replace("'acme'", "'globex'"));
    }

    private static String row(String id, String type, String at, String message, String provider, String zone,
            String bounceType, String bounceReason, String engagementClass, int firstOfMessage, int firstOfContact,
            int autoReply) {
        String ip = provider.equals("google") ? "203.0.113.7" : "203.0.113.8";
        return "('acme', '" + id + "', '" + type + "', '" + at + "', '" + message + "', 'c-1', '" + ip + "', '"
                + provider + "', '" + zone + "', '" + bounceType + "', '" + bounceReason + "', '" + engagementClass
                + "', " + firstOfMessage + ", " + firstOfContact + ", " + autoReply + ")";
    }

    @Test
    void reportsEveryCounterAndRatePerProviderFromTheDayTable() throws Exception {
        JsonNode report = get("deliverability?" + WEEK + "&group_by=provider", ACME_KEY, 200);

        assertThat(report.get("resolution").asText()).isEqualTo("day");
        assertThat(report.get("groups")).hasSize(2);
        JsonNode google = report.get("groups").get(0);
        assertThat(google.get("key").asText()).isEqualTo("google");
        assertThat(JSON.convertValue(google.get("counters"), Map.class)).isEqualTo(Map.ofEntries(
                Map.entry("sent", 4), Map.entry("delivered", 3), Map.entry("deferred", 0), Map.entry("bounced_hard", 1),
                Map.entry("bounced_soft", 0), Map.entry("bounced_block", 0), Map.entry("bounced_undetermined", 0),
                Map.entry("complaints", 0), Map.entry("unsubscribes", 0), Map.entry("opens_all", 3),
                Map.entry("opens_human", 2), Map.entry("opens_unique", 2), Map.entry("opens_unique_contacts", 1),
                Map.entry("clicks_all", 2), Map.entry("clicks_human", 1), Map.entry("clicks_unique", 1),
                Map.entry("clicks_unique_contacts", 1), Map.entry("replies_human", 1), Map.entry("replies_auto", 1)));
        assertThat(google.get("rates").get("delivery").asDouble()).isEqualTo(0.75);
        assertThat(google.get("rates").get("hard_bounce").asDouble()).isEqualTo(0.25);
        assertThat(google.get("rates").get("unique_human_open").asDouble()).isEqualTo(0.6667);
        assertThat(google.get("rates").get("human_reply").asDouble()).isEqualTo(0.3333);
        JsonNode microsoft = report.get("groups").get(1);
        assertThat(microsoft.get("key").asText()).isEqualTo("microsoft");
        assertThat(microsoft.get("counters").get("bounced_block").asLong()).isEqualTo(1);
        assertThat(microsoft.get("rates").get("block").asDouble()).isEqualTo(0.5);
    }

    @Test
    void readsTheHourAndMinuteTablesForNarrowerRanges() throws Exception {
        JsonNode hour = get("deliverability?from=2026-11-02T09:00:00Z&to=2026-11-02T10:00:00Z&group_by=sending_ip",
                ACME_KEY, 200);
        JsonNode minute = get("deliverability?from=2026-11-02T09:10:00Z&to=2026-11-02T09:11:00Z&group_by=campaign",
                ACME_KEY, 200);

        assertThat(hour.get("resolution").asText()).isEqualTo("hour");
        assertThat(hour.get("groups").get(0).get("key").asText()).isEqualTo("203.0.113.7");
        assertThat(hour.get("groups").get(0).get("counters").get("opens_all").asLong()).as("the MPP open at 09:12")
                .isEqualTo(1);
        assertThat(hour.get("groups").get(0).get("counters").get("clicks_all").asLong()).isEqualTo(1);
        assertThat(minute.get("resolution").asText()).isEqualTo("minute");
        assertThat(minute.get("groups")).hasSize(1);
        assertThat(minute.get("groups").get(0).get("counters").get("sent").asLong()).isEqualTo(4);
        assertThat(minute.get("groups").get(0).get("counters").get("bounced_hard").asLong()).isEqualTo(1);
    }

    @Test
    void placesEngagementInTheRecipientsLocalDayAndHour() throws Exception {
        JsonNode heatmap = get("heatmap?" + WEEK + "&campaign_id=c-1", ACME_KEY, 200);

        assertThat(heatmap.get("cells")).hasSize(168);
        assertThat(cell(heatmap, 1, 10)).as("Berlin sends at 10h local").containsExactly(4L, 0L, 0L, 0L);
        assertThat(cell(heatmap, 1, 4)).as("New York sends at 04h local").containsExactly(2L, 0L, 0L, 0L);
        assertThat(cell(heatmap, 1, 11)).as("human open, proxy open and human click").containsExactly(0L, 2L, 1L, 0L);
        assertThat(cell(heatmap, 2, 9)).as("New York open at 14Z and Berlin reply at 08Z").containsExactly(0L, 1L, 0L,
                1L);
        long total = 0;
        for (JsonNode cell : heatmap.get("cells")) {
            total += cell.get("sends").asLong() + cell.get("opens_human").asLong() + cell.get("clicks_human").asLong()
                    + cell.get("replies_human").asLong();
        }
        assertThat(total).as("machine opens and clicks and auto-replies are not in the heatmap").isEqualTo(11);
    }

    @Test
    void recommendsSlotsWithTheirEvidence() throws Exception {
        JsonNode recommendation = get("heatmap?" + WEEK + "&metric=opens", ACME_KEY, 200).get("recommendation");

        assertThat(recommendation.get("metric").asText()).isEqualTo("opens");
        assertThat(recommendation.get("minimum_sends").asLong()).isEqualTo(2);
        assertThat(recommendation.get("eligible_slots").asInt()).isEqualTo(2);
        assertThat(recommendation.get("average_rate").asDouble()).isEqualTo(0.5);
        JsonNode first = recommendation.get("slots").get(0);
        assertThat(first.get("day_of_week").asInt()).isEqualTo(1);
        assertThat(first.get("hour").asInt()).isEqualTo(4);
        assertThat(first.get("rate").asDouble()).isZero();
        assertThat(first.get("lift").asDouble()).isEqualTo(-1.0);
    }

    @Test
    void showsEachTenantOnlyItsOwnAggregates() throws Exception {
        JsonNode globex = get("deliverability?" + WEEK + "&group_by=provider", GLOBEX_KEY, 200);

        assertThat(globex.get("groups")).hasSize(1);
        assertThat(globex.get("groups").get(0).get("counters").get("sent").asLong()).isEqualTo(1);
        assertThat(cell(get("heatmap?" + WEEK, GLOBEX_KEY, 200), 1, 10)).containsExactly(1L, 0L, 0L, 0L);
    }

    @Test
    void rejectsBadQueriesWith400AndMissingKeysWith401() throws Exception {
        assertThat(get("deliverability?" + WEEK + "&group_by=country", ACME_KEY, 400).get("message").asText())
                .contains("group_by");
        assertThat(get("deliverability?" + WEEK, ACME_KEY, 400).get("message").asText()).contains("group_by");
        assertThat(get("heatmap?" + WEEK + "&metric=bounces", ACME_KEY, 400).get("message").asText()).contains("metric");
        assertThat(get("heatmap?from=2026-11-08T00:00:00Z&to=2026-11-01T00:00:00Z", ACME_KEY, 400)).isNotNull();
        assertThat(get("heatmap?" + WEEK + "&tenant_id=globex", ACME_KEY, 400).get("message").asText())
                .contains("tenant_id");
        try (Response response = target("heatmap?" + WEEK).request().get()) {
            assertThat(response.getStatus()).isEqualTo(401);
        }
    }

    private static List<Long> cell(JsonNode heatmap, int dayOfWeek, int hour) {
        JsonNode cell = heatmap.get("cells").get((dayOfWeek - 1) * 24 + hour);
        assertThat(cell.get("day_of_week").asInt()).isEqualTo(dayOfWeek);
        assertThat(cell.get("hour").asInt()).isEqualTo(hour);
        return List.of(cell.get("sends").asLong(), cell.get("opens_human").asLong(), cell.get("clicks_human").asLong(),
                cell.get("replies_human").asLong());
    }

    private static JsonNode get(String pathAndQuery, String apiKey, int expectedStatus) throws Exception {
        try (Response response = target(pathAndQuery).request().header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
                .get()) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(expectedStatus);
            return JSON.readTree(body);
        }
    }

    private static WebTarget target(String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        WebTarget target = app.client().target("http://127.0.0.1:" + app.getLocalPort() + "/v1/analytics/" + parts[0]);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] nameValue = pair.split("=", 2);
                target = target.queryParam(nameValue[0], nameValue[1]);
            }
        }
        return target;
    }
}
