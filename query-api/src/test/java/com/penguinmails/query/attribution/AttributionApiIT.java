package com.penguinmails.query.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.query.QueryApiApplication;
import com.penguinmails.query.QueryApiConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Boots the query API on the embedded ClickHouse with hand-written attribution rows (as the stream job writes
 * them, including a superseded version) and checks both endpoints.
 */
@ExtendWith(EmbeddedStackExtension.class)
class AttributionApiIT {

    private static final String DATABASE = "attribution_api_it";
    private static final String ACME_KEY = "acme-query-key";
    private static final String GLOBEX_KEY = "globex-query-key";
    private static final String NOVEMBER = "from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREDIT_COLUMNS = "tenant_id, conversion_day, campaign_id, variant, sequence_step,"
            + " model, conversion_id, touch_event_id, conversion_at, conversion_type, currency, touch_kind, attributed,"
            + " credit, revenue, version";

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
     * conv-1 (1000 USD, 2026-11-10 23:30Z): version 1 unattributed, version 2 after a late touch, version 3 with
     * two touches (c-1/A/step 1 open at day -7, c-2/B/step 2 click at day 0). conv-2 (200 EUR, 2026-11-11 10:00Z):
     * one touch of c-1/A/step 1. conv-3 (meeting, no value, 2026-11-12): unattributed. globex: one unattributed.
     */
    private static void insertFixture() {
        StringBuilder rows = new StringBuilder();
        for (String model : AttributionQuery.MODELS) {
            rows.append(credit("acme", model, "conv-1", "2026-11-10 23:30:00", "USD", "", "", 0, "", false, 1, 1000, 1));
            rows.append(credit("acme", model, "conv-1", "2026-11-10 23:30:00", "USD", "", "", 0, "", false, 0, 0, 2));
            rows.append(credit("acme", model, "conv-1", "2026-11-10 23:30:00", "USD", "c-2", "B", 2, "t2", true, 1, 1000, 2));
            double first = switch (model) {
                case "first_touch" -> 1;
                case "last_touch" -> 0;
                case "time_decay" -> 1.0 / 3;
                default -> 0.5;
            };
            rows.append(credit("acme", model, "conv-1", "2026-11-10 23:30:00", "USD", "c-1", "A", 1, "t1", true, first,
                    1000 * first, 3));
            rows.append(credit("acme", model, "conv-1", "2026-11-10 23:30:00", "USD", "c-2", "B", 2, "t2", true,
                    1 - first, 1000 * (1 - first), 3));
            rows.append(credit("acme", model, "conv-2", "2026-11-11 10:00:00", "EUR", "c-1", "A", 1, "t3", true, 1, 200, 1));
            rows.append(credit("acme", model, "conv-3", "2026-11-12 10:00:00", "", "", "", 0, "", false, 1, 0, 1));
            rows.append(credit("globex", model, "g-1", "2026-11-12 10:00:00", "USD", "", "", 0, "", false, 1, 50, 1));
        }
        fixtureClient.queryAll("INSERT INTO attribution_credits (" + CREDIT_COLUMNS + ") VALUES "
                + rows.substring(0, rows.length() - 2));
        fixtureClient.queryAll("INSERT INTO attribution_journeys (tenant_id, conversion_id, contact_id, conversion_at,"
                + " conversion_type, conversion_value, currency, touch_count, touches, version) VALUES"
                + " ('acme', 'conv-1', 'ct-1', '2026-11-10 23:30:00', 'deal_won', 1000, 'USD', 1, '[]', 2),"
                + " ('acme', 'conv-1', 'ct-1', '2026-11-10 23:30:00', 'deal_won', 1000, 'USD', 2,"
                + " '[{\"event_id\":\"t1\",\"kind\":\"open\",\"credits\":{\"linear\":0.5}},"
                + "{\"event_id\":\"t2\",\"kind\":\"click\",\"credits\":{\"linear\":0.5}}]', 3),"
                + " ('acme', 'conv-3', 'ct-3', '2026-11-12 10:00:00', 'meeting_booked', NULL, '', 0, '[]', 1)");
    }

    private static String credit(String tenant, String model, String conversion, String at, String currency,
            String campaign, String variant, int step, String touch, boolean attributed, double credit,
            double revenue, int version) {
        return "('" + tenant + "', toDate('" + at + "'), '" + campaign + "', '" + variant + "', " + step + ", '" + model
                + "', '" + conversion + "', '" + touch + "', '" + at + "', 'deal_won', '" + currency + "', '"
                + (touch.isEmpty() ? "" : "open") + "', " + attributed + ", " + credit + ", " + revenue + ", "
                + version + "), ";
    }

    @Test
    void reportsEveryModelPerCampaignWithRevenuePerCurrencyFromTheNewestVersions() throws Exception {
        JsonNode report = get("attribution?" + NOVEMBER, ACME_KEY, 200);

        assertThat(report.get("group_by").asText()).isEqualTo("campaign");
        JsonNode groups = report.get("groups");
        assertThat(groups).hasSize(2);
        JsonNode c1 = groups.get(0).get("models");
        assertThat(groups.get(0).get("campaign_id").asText()).isEqualTo("c-1");
        assertThat(c1.get("first_touch").get("conversions").asDouble()).isEqualTo(2.0);
        assertThat(c1.get("first_touch").get("revenue").get("USD").asDouble()).isEqualTo(1000.0);
        assertThat(c1.get("first_touch").get("revenue").get("EUR").asDouble()).isEqualTo(200.0);
        assertThat(c1.get("last_touch").get("conversions").asDouble()).isEqualTo(1.0);
        assertThat(c1.get("last_touch").get("revenue").has("USD")).isTrue();
        assertThat(c1.get("time_decay").get("conversions").asDouble()).isCloseTo(4.0 / 3, within(1e-9));
        JsonNode c2 = groups.get(1).get("models");
        assertThat(c2.get("linear").get("conversions").asDouble()).isEqualTo(0.5);
        assertThat(c2.get("linear").get("revenue").get("USD").asDouble()).isEqualTo(500.0);
        assertThat(report.get("unattributed").get("conversions").asDouble()).isEqualTo(1.0);
        assertThat(report.get("unattributed").get("revenue").get("USD").asDouble()).isZero();
    }

    @Test
    void groupsByVariantOrStepAndSplitsDaysInTheRequestedZone() throws Exception {
        JsonNode byStep = get("attribution?" + NOVEMBER + "&group_by=step&campaign_id=c-2", ACME_KEY, 200);
        assertThat(byStep.get("groups")).singleElement().satisfies(group -> {
            assertThat(group.get("sequence_step").asInt()).isEqualTo(2);
            assertThat(group.has("variant")).isFalse();
        });

        // conv-1 at 23:30Z is 2026-11-11 in Berlin, like conv-2.
        JsonNode berlin = get("attribution?" + NOVEMBER + "&group_by=variant&by_day=true&tz=Europe/Berlin",
                ACME_KEY, 200);
        List<String> days = berlin.get("groups").findValuesAsText("day");
        assertThat(days).containsOnly("2026-11-11");
        JsonNode utc = get("attribution?" + NOVEMBER + "&group_by=variant&by_day=true", ACME_KEY, 200);
        assertThat(utc.get("groups").findValuesAsText("day")).contains("2026-11-10", "2026-11-11");
        assertThat(utc.get("groups").get(0).get("variant").asText()).isEqualTo("A");
    }

    @Test
    void drillsDownIntoTheNewestJourney() throws Exception {
        JsonNode journey = get("attribution/conversions/conv-1/journey", ACME_KEY, 200);

        assertThat(journey.get("version").asLong()).isEqualTo(3);
        assertThat(journey.get("attributed").asBoolean()).isTrue();
        assertThat(journey.get("value").asText()).isEqualTo("1000");
        assertThat(journey.get("touches").findValuesAsText("event_id")).containsExactly("t1", "t2");
        JsonNode meeting = get("attribution/conversions/conv-3/journey", ACME_KEY, 200);
        assertThat(meeting.get("value").isNull()).isTrue();
        assertThat(meeting.get("attributed").asBoolean()).isFalse();
    }

    @Test
    void showsEachTenantOnlyItsOwnConversions() throws Exception {
        JsonNode globex = get("attribution?" + NOVEMBER, GLOBEX_KEY, 200);

        assertThat(globex.get("groups")).isEmpty();
        assertThat(globex.get("unattributed").get("revenue").get("USD").asDouble()).isEqualTo(50.0);
        get("attribution/conversions/conv-1/journey", GLOBEX_KEY, 404);
    }

    @Test
    void rejectsBadParametersWith400AndMissingKeysWith401() throws Exception {
        assertThat(get("attribution?" + NOVEMBER + "&group_by=country", ACME_KEY, 400).get("message").asText())
                .contains("group_by");
        assertThat(get("attribution?" + NOVEMBER + "&tz=Mars/Olympus", ACME_KEY, 400).get("message").asText())
                .contains("tz");
        assertThat(get("attribution?" + NOVEMBER + "&by_day=yes", ACME_KEY, 400).get("message").asText())
                .contains("by_day");
        assertThat(get("attribution?" + NOVEMBER + "&tenant_id=globex", ACME_KEY, 400).get("message").asText())
                .contains("tenant_id");
        assertThat(get("attribution?to=2026-11-01T00:00:00Z", ACME_KEY, 400).get("message").asText())
                .contains("from");
        try (Response response = target("attribution?" + NOVEMBER).request().get()) {
            assertThat(response.getStatus()).isEqualTo(401);
        }
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
