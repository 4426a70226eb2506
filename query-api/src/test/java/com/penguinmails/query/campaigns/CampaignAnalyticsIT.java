package com.penguinmails.query.campaigns;

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
import com.penguinmails.query.abtest.ClosedFormBestProbability;
import com.penguinmails.query.abtest.VariantOutcome;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Boots the query API against the embedded ClickHouse, inserts generated enriched events of two tenants into
 * {@code events} (the V0003 views fill the deliverability tables) and last-touch credits into
 * {@code attribution_credits}, then checks every figure of the campaign list, the comparison and the A/B answer against
 * a computation in this test from the generated events.
 */
@ExtendWith(EmbeddedStackExtension.class)
class CampaignAnalyticsIT {

    private static final String DATABASE = "campaigns_api_it";
    private static final String ACME_KEY = "acme-query-key";
    private static final String GLOBEX_KEY = "globex-query-key";
    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-15T00:00:00Z");
    private static final String RANGE = "from=" + FROM + "&to=" + TO;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double Z95 = 1.959963984540054;

    /** Last-touch conversions per tenant, campaign and variant inserted in the range. */
    private static final List<String[]> CONVERSIONS = List.of(
            new String[] {"acme", "c-alpha", "A", "2026-11-05 10:00:00"},
            new String[] {"acme", "c-alpha", "B", "2026-11-06 10:00:00"},
            new String[] {"acme", "c-alpha", "B", "2026-11-07 10:00:00"},
            new String[] {"acme", "c-beta", "A", "2026-11-08 10:00:00"},
            new String[] {"globex", "c-alpha", "A", "2026-11-08 10:00:00"});

    private static DropwizardAppExtension<QueryApiConfiguration> app;
    private static Client fixtureClient;
    private static List<GeneratedCampaignEvent> events;

    @BeforeAll
    static void loadTrafficAndStart(EmbeddedStack stack) throws Exception {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        factory.setDatabase(DATABASE);
        fixtureClient = factory.build();
        new ClickHouseMigrator(fixtureClient, DATABASE).migrate();

        events = new CampaignTraffic(20261126L)
                .campaign("acme", "c-alpha", "A", 400, 0.35, 0.06)
                .campaign("acme", "c-alpha", "B", 400, 0.50, 0.14)
                .campaign("acme", "c-beta", "A", 150, 0.40, 0.10)
                .campaign("acme", "c-gamma", "", 120, 0.30, 0.05)
                .campaign("globex", "c-alpha", "A", 200, 0.45, 0.20)
                .events();
        for (int i = 0; i < events.size(); i += 2000) {
            String values = events.subList(i, Math.min(events.size(), i + 2000)).stream()
                    .map(GeneratedCampaignEvent::valuesTuple).collect(Collectors.joining(", "));
            fixtureClient.queryAll("INSERT INTO events (" + GeneratedCampaignEvent.COLUMNS + ") VALUES " + values);
        }
        insertCredits();

        app = new DropwizardAppExtension<>(QueryApiApplication.class,
                ResourceHelpers.resourceFilePath("query-api-test.yml"),
                ConfigOverride.config("clickHouse.url", stack.clickHouse().httpUrl()),
                ConfigOverride.config("clickHouse.database", DATABASE));
        app.before();
    }

    /**
     * The last-touch credits of {@link #CONVERSIONS}, plus rows that must not count: another model, an unattributed
     * conversion, a conversion after the range.
     */
    private static void insertCredits() {
        List<String> rows = new ArrayList<>();
        int id = 0;
        for (String[] conversion : CONVERSIONS) {
            id++;
            rows.add(credit(conversion[0], conversion[1], conversion[2], "last_touch", "cv" + id, conversion[3], true,
                    1.0));
            rows.add(credit(conversion[0], conversion[1], conversion[2], "linear", "cv" + id, conversion[3], true,
                    0.5));
        }
        rows.add(credit("acme", "", "", "last_touch", "cv-none", "2026-11-05 10:00:00", false, 1.0));
        rows.add(credit("acme", "c-alpha", "A", "last_touch", "cv-late", "2026-11-20 10:00:00", true, 1.0));
        fixtureClient.queryAll("INSERT INTO attribution_credits (tenant_id, conversion_day, campaign_id, variant,"
                + " sequence_step, model, conversion_id, touch_event_id, conversion_at, conversion_type, currency,"
                + " touch_kind, attributed, credit, revenue, version) VALUES " + String.join(", ", rows));
    }

    private static String credit(String tenant, String campaign, String variant, String model, String conversionId,
            String at, boolean attributed, double credit) {
        return "('" + tenant + "', toDate('" + at + "'), '" + campaign + "', '" + variant + "', 1, '" + model + "', '"
                + conversionId + "', 't-" + conversionId + "', '" + at + "', 'purchase', 'EUR', 'click', "
                + (attributed ? 1 : 0) + ", " + credit + ", " + credit * 100 + ", 1)";
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

    @Test
    void listsEveryCampaignWithFiguresEqualToAnIndependentCount() throws Exception {
        for (String audience : List.of("all", "human")) {
            JsonNode answer = get("campaigns?" + RANGE + "&audience=" + audience + "&sort=campaign_id", ACME_KEY, 200);

            assertThat(answer.get("resolution").asText()).isEqualTo("day");
            assertThat(answer.get("total").asInt()).isEqualTo(3);
            List<String> ids = new ArrayList<>();
            answer.get("campaigns").forEach(campaign -> ids.add(campaign.get("campaign_id").asText()));
            assertThat(ids).containsExactly("c-alpha", "c-beta", "c-gamma");
            for (JsonNode campaign : answer.get("campaigns")) {
                String id = campaign.get("campaign_id").asText();
                assertFigures(campaign, reference(e -> e.tenant().equals("acme") && e.campaignId().equals(id)),
                        audience.equals("human"));
                assertThat(campaign.get("conversions").asLong()).isEqualTo(conversions("acme", id, null));
                List<Instant> sends = events.stream()
                        .filter(e -> e.tenant().equals("acme") && e.campaignId().equals(id) && e.type().equals("send"))
                        .map(GeneratedCampaignEvent::at).sorted().toList();
                assertThat(campaign.get("first_send").asText())
                        .isEqualTo(sends.get(0).truncatedTo(ChronoUnit.DAYS).toString());
                assertThat(campaign.get("last_send").asText())
                        .isEqualTo(sends.get(sends.size() - 1).truncatedTo(ChronoUnit.DAYS).toString());
            }
        }
    }

    @Test
    void filtersSortsAndLimitsTheList() throws Exception {
        JsonNode google = get("campaigns?" + RANGE + "&provider=google&step=2", ACME_KEY, 200);
        for (JsonNode campaign : google.get("campaigns")) {
            String id = campaign.get("campaign_id").asText();
            assertFigures(campaign, reference(e -> e.tenant().equals("acme") && e.campaignId().equals(id)
                    && e.provider().equals("google") && e.step() == 2), false);
            assertThat(campaign.get("conversions").isNull()).as("no provider on attribution credits").isTrue();
        }

        JsonNode workspace = get("campaigns?" + RANGE + "&workspace_id=ws-2", ACME_KEY, 200);
        assertThat(workspace.get("campaigns")).hasSize(1);
        assertFigures(workspace.get("campaigns").get(0),
                reference(e -> e.tenant().equals("acme") && e.workspaceId().equals("ws-2")), false);
        assertThat(workspace.at("/campaigns/0/campaign_id").asText()).isEqualTo("c-gamma");
        assertThat(workspace.at("/campaigns/0/conversions").isNull()).as("no workspace on credits").isTrue();

        JsonNode best = get("campaigns?" + RANGE + "&sort=reply_rate&limit=1&audience=human", ACME_KEY, 200);
        assertThat(best.get("total").asInt()).isEqualTo(3);
        assertThat(best.get("campaigns")).hasSize(1);
        String bestId = List.of("c-alpha", "c-beta", "c-gamma").stream()
                .max(java.util.Comparator.comparingDouble(id -> {
                    Reference r = reference(e -> e.tenant().equals("acme") && e.campaignId().equals(id));
                    return rate(r.replies, r.delivered);
                })).orElseThrow();
        assertThat(best.get("campaigns").get(0).get("campaign_id").asText()).isEqualTo(bestId);
    }

    @Test
    void anotherTenantSeesOnlyItsOwnCampaign() throws Exception {
        JsonNode answer = get("campaigns?" + RANGE, GLOBEX_KEY, 200);

        assertThat(answer.get("campaigns")).hasSize(1);
        JsonNode alpha = answer.get("campaigns").get(0);
        assertFigures(alpha, reference(e -> e.tenant().equals("globex")), false);
        assertThat(alpha.get("conversions").asLong()).isEqualTo(1);
        JsonNode ab = get("campaigns/c-beta/ab?" + RANGE, GLOBEX_KEY, 200);
        assertThat(ab.get("variants")).isEmpty();
        assertThat(ab.get("verdict").asText()).isEqualTo("insufficient_data");
    }

    @Test
    void comparesCampaignsWithSeriesPerBerlinDay() throws Exception {
        JsonNode answer = get("campaigns/compare?" + RANGE + "&campaign_id=c-beta&campaign_id=c-alpha"
                + "&campaign_id=c-none&interval=day&tz=Europe/Berlin&audience=human", ACME_KEY, 200);

        assertThat(answer.get("resolution").asText()).as("Berlin days need the hour table").isEqualTo("hour");
        assertThat(answer.get("interval").asText()).isEqualTo("day");
        List<String> order = new ArrayList<>();
        answer.get("campaigns").forEach(campaign -> order.add(campaign.get("campaign_id").asText()));
        assertThat(order).containsExactly("c-beta", "c-alpha", "c-none");
        assertFigures(answer.get("campaigns").get(0),
                reference(e -> e.tenant().equals("acme") && e.campaignId().equals("c-beta")), true);
        assertThat(answer.get("campaigns").get(2).get("sends").asLong()).isZero();

        ZoneId berlin = ZoneId.of("Europe/Berlin");
        for (JsonNode series : answer.get("series")) {
            String id = series.get("campaign_id").asText();
            assertThat(series.get("points")).hasSize(15);
            assertThat(series.get("points").get(0).get("start").asText()).isEqualTo("2026-10-31T23:00:00Z");
            Map<String, Reference> byDay = new TreeMap<>();
            events.stream().filter(e -> e.tenant().equals("acme") && e.campaignId().equals(id) && e.in(FROM, TO))
                    .collect(Collectors.groupingBy(
                            e -> e.at().atZone(berlin).truncatedTo(ChronoUnit.DAYS).toInstant().toString()))
                    .forEach((day, dayEvents) -> byDay.put(day, Reference.of(dayEvents)));
            for (JsonNode point : series.get("points")) {
                Reference expected = byDay.getOrDefault(point.get("start").asText(), Reference.of(List.of()));
                assertThat(point.get("sends").asLong()).isEqualTo(expected.sends);
                assertThat(point.get("delivered").asLong()).isEqualTo(expected.delivered);
                assertThat(point.get("opens").asLong()).isEqualTo(expected.opensUnique);
                assertThat(point.get("clicks").asLong()).isEqualTo(expected.clicksUnique);
                assertThat(point.get("replies").asLong()).isEqualTo(expected.replies);
                assertThat(point.get("bounces").asLong()).isEqualTo(expected.bounces);
            }
        }
    }

    @Test
    void comparesOnTheDayTableByUtcWeek() throws Exception {
        JsonNode answer = get("campaigns/compare?" + RANGE + "&campaign_id=c-alpha&campaign_id=c-gamma&interval=week",
                ACME_KEY, 200);

        assertThat(answer.get("resolution").asText()).isEqualTo("day");
        JsonNode points = answer.get("series").get(1).get("points");
        assertThat(points).hasSize(3);
        assertThat(points.get(0).get("start").asText()).isEqualTo("2026-10-26T00:00:00Z");
        long weekOfNov9 = events.stream().filter(e -> e.tenant().equals("acme") && e.campaignId().equals("c-gamma")
                && e.type().equals("send") && e.in(Instant.parse("2026-11-09T00:00:00Z"), TO)).count();
        assertThat(points.get(2).get("sends").asLong()).isEqualTo(weekOfNov9);
    }

    @Test
    void judgesTheAbTestOnRepliesWithStatisticsEqualToIndependentFormulas() throws Exception {
        JsonNode answer = get("campaigns/c-alpha/ab?" + RANGE, ACME_KEY, 200);

        assertThat(answer.get("metric").asText()).isEqualTo("reply");
        Reference a = reference(e -> e.tenant().equals("acme") && e.campaignId().equals("c-alpha")
                && e.variant().equals("A"));
        Reference b = reference(e -> e.tenant().equals("acme") && e.campaignId().equals("c-alpha")
                && e.variant().equals("B"));
        assertAbTest(answer, new VariantOutcome("A", a.sends, a.replies), new VariantOutcome("B", b.sends, b.replies));
        JsonNode variantB = answer.get("variants").get(1);
        assertThat(variantB.get("conversions").asLong()).isEqualTo(2);
        assertThat(variantB.get("delivered").asLong()).isEqualTo(b.delivered);
        assertThat(variantB.get("opens").asLong()).as("audience all: every open").isEqualTo(b.opensAll);
    }

    @Test
    void judgesHumanOpensAndConversionsToo() throws Exception {
        Reference a = reference(e -> e.tenant().equals("acme") && e.campaignId().equals("c-alpha")
                && e.variant().equals("A"));
        Reference b = reference(e -> e.tenant().equals("acme") && e.campaignId().equals("c-alpha")
                && e.variant().equals("B"));

        JsonNode opens = get("campaigns/c-alpha/ab?" + RANGE + "&metric=open&audience=human", ACME_KEY, 200);
        assertAbTest(opens, new VariantOutcome("A", a.sends, a.opensUnique),
                new VariantOutcome("B", b.sends, b.opensUnique));

        JsonNode conversions = get("campaigns/c-alpha/ab?" + RANGE + "&metric=conversion", ACME_KEY, 200);
        assertAbTest(conversions, new VariantOutcome("A", a.sends, 1), new VariantOutcome("B", b.sends, 2));
    }

    @Test
    void exportsTheTablesAsCsv() throws Exception {
        try (Response response = app.client().target("http://localhost:" + app.getLocalPort()
                        + "/v1/analytics/campaigns?" + RANGE)
                .request("text/csv").header(HttpHeaders.AUTHORIZATION, "Bearer " + ACME_KEY).get()) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(200);
            List<String> lines = body.lines().toList();
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).startsWith("campaign_id,sends,delivered,bounces,bounce_rate");
            long alphaSends = reference(e -> e.tenant().equals("acme") && e.campaignId().equals("c-alpha")).sends;
            assertThat(lines.get(1)).startsWith("c-alpha," + alphaSends + ",");
        }
        try (Response response = app.client().target("http://localhost:" + app.getLocalPort()
                        + "/v1/analytics/campaigns/c-alpha/ab?" + RANGE)
                .request("text/csv").header(HttpHeaders.AUTHORIZATION, "Bearer " + ACME_KEY).get()) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(200);
            assertThat(body.lines()).hasSize(3);
        }
    }

    @Test
    void refusesBadParametersWithAClearMessage() throws Exception {
        assertThat(get("campaigns?" + RANGE + "&tenant_id=globex", ACME_KEY, 400).get("message").asText())
                .contains("unknown query parameter(s): 'tenant_id'");
        assertThat(get("campaigns/compare?" + RANGE + "&campaign_id=c-alpha", ACME_KEY, 400).get("message").asText())
                .contains("campaign_id 2 to 10 times");
        assertThat(get("campaigns/c-alpha/ab?" + RANGE + "&metric=open", ACME_KEY, 400).get("message").asText())
                .contains("needs audience=human");
        assertThat(get("campaigns?from=" + TO + "&to=" + FROM, ACME_KEY, 400).get("message").asText())
                .contains("must be before");
        assertThat(get("campaigns?" + RANGE + "&sort=nonsense", ACME_KEY, 400).get("message").asText())
                .contains("sort must be one of");
    }

    private static void assertAbTest(JsonNode answer, VariantOutcome a, VariantOutcome b) {
        JsonNode variants = answer.get("variants");
        assertThat(variants).hasSize(2);
        VariantOutcome[] outcomes = {a, b};
        double pBestB = ClosedFormBestProbability.secondBeatsFirst(a, b);
        double[] pBest = {1 - pBestB, pBestB};
        for (int i = 0; i < 2; i++) {
            JsonNode variant = variants.get(i);
            VariantOutcome outcome = outcomes[i];
            assertThat(variant.get("variant").asText()).isEqualTo(outcome.variant());
            assertThat(variant.get("sends").asLong()).isEqualTo(outcome.trials());
            assertThat(variant.get("successes").asLong()).isEqualTo(outcome.successes());
            assertThat(variant.get("rate").asDouble()).isCloseTo(outcome.rate(), within(1e-12));
            double[] wilson = wilson(outcome.successes(), outcome.trials());
            assertThat(variant.get("interval").get("lower").asDouble()).isCloseTo(wilson[0], within(1e-9));
            assertThat(variant.get("interval").get("upper").asDouble()).isCloseTo(wilson[1], within(1e-9));
            assertThat(variant.get("probability_best").asDouble()).isCloseTo(pBest[i], within(1e-4));
        }
        double p = chiSquarePValue(a, b);
        assertThat(answer.get("p_value").asDouble()).isCloseTo(p, within(1e-9));
        String leader = pBestB > 0.5 ? "B" : "A";
        assertThat(answer.get("leader").asText()).isEqualTo(leader);
        double leaderProbability = Math.max(pBestB, 1 - pBestB);
        String verdict = a.trials() < 100 || b.trials() < 100 ? "insufficient_data"
                : p < 0.05 && leaderProbability >= 0.95 ? "winner"
                : leaderProbability >= 0.90 || p < 0.10 ? "promising" : "inconclusive";
        assertThat(answer.get("verdict").asText()).isEqualTo(verdict);
        double p1 = a.rate();
        double p2 = b.rate();
        double pooled = (p1 + p2) / 2;
        double n = Math.pow(1.959963984540054 * Math.sqrt(2 * pooled * (1 - pooled))
                + 0.8416212335729143 * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)), 2) / Math.pow(p1 - p2, 2);
        assertThat(answer.get("required_sample_size_per_variant").asLong()).isEqualTo((long) Math.ceil(n));
    }

    private static double chiSquarePValue(VariantOutcome a, VariantOutcome b) {
        double successes = a.successes() + b.successes();
        double total = a.trials() + b.trials();
        double chiSquare = 0;
        for (VariantOutcome outcome : List.of(a, b)) {
            double expectedSuccesses = outcome.trials() * successes / total;
            double expectedFailures = outcome.trials() - expectedSuccesses;
            chiSquare += Math.pow(outcome.successes() - expectedSuccesses, 2) / expectedSuccesses
                    + Math.pow(outcome.failures() - expectedFailures, 2) / expectedFailures;
        }
        return Erf.erfc(Math.sqrt(chiSquare / 2));
    }

    private static double[] wilson(long successes, long trials) {
        double p = (double) successes / trials;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
        double half = Z95 * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / (1 + z2 / trials);
        return new double[] {successes == 0 ? 0 : centre - half, successes == trials ? 1 : centre + half};
    }

    private static void assertFigures(JsonNode campaign, Reference expected, boolean human) {
        long opens = human ? expected.opensUnique : expected.opensAll;
        long clicks = human ? expected.clicksUnique : expected.clicksAll;
        assertThat(campaign.get("sends").asLong()).isEqualTo(expected.sends);
        assertThat(campaign.get("delivered").asLong()).isEqualTo(expected.delivered);
        assertThat(campaign.get("bounces").asLong()).isEqualTo(expected.bounces);
        assertThat(campaign.get("bounce_rate").asDouble()).isEqualTo(rate(expected.bounces, expected.sends));
        assertThat(campaign.get("opens").asLong()).isEqualTo(opens);
        assertThat(campaign.get("open_rate").asDouble()).isEqualTo(rate(opens, expected.delivered));
        assertThat(campaign.get("clicks").asLong()).isEqualTo(clicks);
        assertThat(campaign.get("click_rate").asDouble()).isEqualTo(rate(clicks, expected.delivered));
        assertThat(campaign.get("replies").asLong()).isEqualTo(expected.replies);
        assertThat(campaign.get("reply_rate").asDouble()).isEqualTo(rate(expected.replies, expected.delivered));
        assertThat(campaign.get("unsubscribes").asLong()).isEqualTo(expected.unsubscribes);
        assertThat(campaign.get("unsubscribe_rate").asDouble())
                .isEqualTo(rate(expected.unsubscribes, expected.delivered));
        assertThat(campaign.get("complaints").asLong()).isEqualTo(expected.complaints);
        assertThat(campaign.get("complaint_rate").asDouble()).isEqualTo(rate(expected.complaints, expected.delivered));
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : new BigDecimal(part).divide(new BigDecimal(whole), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static long conversions(String tenant, String campaign, String variant) {
        return CONVERSIONS.stream().filter(c -> c[0].equals(tenant) && c[1].equals(campaign)
                && (variant == null || c[2].equals(variant))).count();
    }

    private static Reference reference(Predicate<GeneratedCampaignEvent> scope) {
        return Reference.of(events.stream().filter(scope).filter(e -> e.in(FROM, TO)).toList());
    }

    /** The figures of a set of generated events, counted here without ClickHouse. */
    private record Reference(long sends, long delivered, long bounces, long opensAll, long opensUnique, long clicksAll,
            long clicksUnique, long replies, long unsubscribes, long complaints) {

        static Reference of(List<GeneratedCampaignEvent> scoped) {
            Function<Predicate<GeneratedCampaignEvent>, Long> count = p -> scoped.stream().filter(p).count();
            return new Reference(
                    count.apply(e -> e.type().equals("send")),
                    count.apply(e -> e.type().equals("delivered")),
                    count.apply(e -> e.type().equals("bounce")),
                    count.apply(e -> e.type().equals("open")),
                    count.apply(e -> e.type().equals("open") && e.firstOfMessage()),
                    count.apply(e -> e.type().equals("click")),
                    count.apply(e -> e.type().equals("click") && e.firstOfMessage()),
                    count.apply(e -> e.type().equals("reply") && !e.autoReply()),
                    count.apply(e -> e.type().equals("unsubscribe")),
                    count.apply(e -> e.type().equals("complaint")));
        }
    }

    private static JsonNode get(String pathAndQuery, String apiKey, int expectedStatus) throws Exception {
        try (Response response = app.client().target("http://localhost:" + app.getLocalPort() + "/v1/analytics/"
                        + pathAndQuery)
                .request().header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey).get()) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(expectedStatus);
            return JSON.readTree(body);
        }
    }
}
