package com.penguinmails.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.data.ClickHouseFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.clickhouse.Migration;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.query.store.ClickHouseText;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Boots the query API on the embedded ClickHouse with generated traffic of two tenants (machine opens and clicks
 * included) plus health snapshots and alerts, and checks every figure of the deliverability detail, health,
 * bot-filtering and alerts views against a computation of its own over the generated rows. Half the events (and the
 * first health snapshots) are stored before migration V0009 exists, so its back-fill is checked as well as its views.
 */
@ExtendWith(EmbeddedStackExtension.class)
class SenderAnalyticsIT {

    private static final String DATABASE = "sender_analytics_it";
    private static final String ACME_KEY = "acme-query-key";
    private static final String GLOBEX_KEY = "globex-query-key";
    private static final String FROM = "2026-11-01T00:00:00Z";
    private static final String TO = "2026-12-01T00:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** acme's campaigns; the third holds a backslash and a quote, which must reach ClickHouse exactly. */
    private static final List<String> ACME_CAMPAIGNS = List.of("c-1", "c-2", "c\\'3");
    private static final List<String> PROVIDERS = List.of("google", "microsoft", "yahoo", "other");
    /** Per provider: the chance a send bounces and a delivery draws a complaint, so statuses differ by row. */
    private static final Map<String, double[]> PROVIDER_RISK = Map.of(
            "google", new double[] {0.01, 0.0},
            "microsoft", new double[] {0.03, 0.002},
            "yahoo", new double[] {0.08, 0.006},
            "other", new double[] {0.0, 0.0});
    private static final List<String> BOUNCE_TYPES = List.of("hard", "soft", "block", "");
    private static final List<String> BOUNCE_REASONS = List.of("user_unknown", "mailbox_full", "spam_block", "");
    private static final List<String> CLASSES =
            List.of("human", "image_proxy", "apple_mpp", "security_scanner", "bot", "unknown", "");
    private static final Map<String, List<String>> CLASS_REASONS = Map.of(
            "human", List.of("ua:browser", "no-machine-evidence"),
            "image_proxy", List.of("ua:GoogleImageProxy", "ip:google-image-proxy"),
            "apple_mpp", List.of("ip:apple-mpp", "ua:bare-mozilla"),
            "security_scanner", List.of("ip:microsoft-exchange-online", "timing:click-within-60s-of-delivery"),
            "bot", List.of("ua:curl"),
            "unknown", List.of("no-request-evidence"),
            "", List.of());

    private static DropwizardAppExtension<QueryApiConfiguration> app;
    private static Client client;
    private static final List<Map<String, Object>> EVENTS = new ArrayList<>();

    @BeforeAll
    static void loadAndStart(EmbeddedStack stack) throws Exception {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        factory.setDatabase(DATABASE);
        client = factory.build();
        List<Migration> beforeV0009 = Migration.fromClasspath(Migration.PLATFORM_MIGRATIONS).stream()
                .filter(migration -> migration.version() < 9).toList();
        new ClickHouseMigrator(client, DATABASE, beforeV0009).migrate();

        generate("acme", 3000, new Random(11));
        generate("globex", 400, new Random(12));
        int half = EVENTS.size() / 2;
        insert("events", EVENTS.subList(0, half));
        insertHealthBeforeV0009();
        new ClickHouseMigrator(client, DATABASE).migrate();
        insert("events", EVENTS.subList(half, EVENTS.size()));
        insertHealthAfterV0009();
        insertAlerts();

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
        if (client != null) {
            client.close();
        }
    }

    // ---------------------------------------------------------------- deliverability detail

    @Test
    void bounceBreakdownByProviderMatchesARecountWithStatusesPerRow() throws Exception {
        JsonNode answer = getOk(ACME_KEY, "/v1/analytics/deliverability/bounces", "from", FROM, "to", TO,
                "group_by", "provider");

        assertThat(answer.get("resolution").asText()).isEqualTo("day");
        assertThat(answer.at("/thresholds/complaint_rate/warning").asDouble()).isEqualTo(0.001);
        assertThat(answer.at("/thresholds/bounce_rate/critical").asDouble()).isEqualTo(0.05);
        assertThat(rowsByKey(answer)).isEqualTo(expectedBounceRows("acme", "mailbox_provider", event -> true));
        assertThat(statuses(answer, "bounce_status")).containsValues("ok", "warning", "critical");
        assertThat(statuses(answer, "complaint_status")).containsValues("ok", "critical");
    }

    @Test
    void bounceBreakdownHonoursGroupingAndFilters() throws Exception {
        JsonNode answer = getOk(ACME_KEY, "/v1/analytics/deliverability/bounces", "from", FROM, "to", TO,
                "group_by", "mailbox", "campaign_id", "c-1", "provider", "yahoo", "step", "2", "workspace_id", "w-1");

        assertThat(rowsByKey(answer)).isEqualTo(expectedBounceRows("acme", "mailbox", event ->
                event.get("campaign_id").equals("c-1") && event.get("mailbox_provider").equals("yahoo")
                        && event.get("sequence_step").equals(2) && event.get("workspace_id").equals("w-1")));
    }

    @Test
    void filterValuesWithBackslashesAndQuotesMatchExactly() throws Exception {
        String awkward = ACME_CAMPAIGNS.get(2);
        JsonNode bounces = getOk(ACME_KEY, "/v1/analytics/deliverability/bounces", "from", FROM, "to", TO,
                "group_by", "campaign", "campaign_id", awkward);
        assertThat(rowsByKey(bounces)).containsOnlyKeys(awkward)
                .isEqualTo(expectedBounceRows("acme", "campaign_id", event -> event.get("campaign_id").equals(awkward)));

        JsonNode bots = getOk(ACME_KEY, "/v1/analytics/bot-filtering", "from", FROM, "to", TO, "interval", "week",
                "campaign_id", awkward);
        assertBotReport(bots, "acme", Instant.parse(FROM), Duration.ofDays(7), Instant.parse(TO),
                event -> event.get("campaign_id").equals(awkward));
    }

    @Test
    void seriesPerDayMatchesARecount() throws Exception {
        JsonNode answer = getOk(ACME_KEY, "/v1/analytics/deliverability/series", "from", FROM, "to", TO,
                "interval", "day", "sending_domain", "send.acme.io", "workspace_id", "w-2");

        assertThat(answer.get("resolution").asText()).isEqualTo("day");
        assertThat(answer.get("points")).hasSize(30);
        Map<String, List<Long>> expected = expectedSeries("acme", Instant.parse(FROM), Duration.ofDays(1),
                Instant.parse(TO), event -> event.get("sending_domain").equals("send.acme.io")
                        && event.get("workspace_id").equals("w-2"));
        assertThat(seriesCounts(answer)).isEqualTo(expected);
    }

    @Test
    void seriesOverAnUnalignedRangeReadsMinutesAndCountsPerClockHour() throws Exception {
        String from = "2026-11-03T10:37:00Z";
        String to = "2026-11-05T10:37:00Z";
        JsonNode answer = getOk(ACME_KEY, "/v1/analytics/deliverability/series", "from", from, "to", to,
                "interval", "hour");

        assertThat(answer.get("resolution").asText()).isEqualTo("minute");
        assertThat(answer.get("points")).hasSize(49);
        assertThat(answer.at("/points/0/bucket").asText()).isEqualTo("2026-11-03T10:00:00Z");
        assertThat(answer.at("/points/48/bucket").asText()).isEqualTo("2026-11-05T10:00:00Z");
        assertThat(seriesCounts(answer)).isEqualTo(expectedSeries("acme", Instant.parse(from), Duration.ofHours(1),
                Instant.parse(to), event -> true));
    }

    @Test
    void seriesCutsDaysInTheRequestedZoneReadingATableFineEnoughForIt() throws Exception {
        // New York leaves summer time on 2026-11-01: its days start at 04:00Z until then, at 05:00Z after.
        JsonNode newYork = getOk(ACME_KEY, "/v1/analytics/deliverability/series", "from", FROM, "to", TO,
                "interval", "day", "tz", "America/New_York", "provider", "yahoo");

        assertThat(newYork.get("tz").asText()).isEqualTo("America/New_York");
        assertThat(newYork.get("resolution").asText()).isEqualTo("hour");
        assertThat(newYork.at("/points/0/bucket").asText()).isEqualTo("2026-10-31T04:00:00Z");
        assertThat(newYork.at("/points/1/bucket").asText()).isEqualTo("2026-11-01T04:00:00Z");
        assertThat(newYork.at("/points/2/bucket").asText()).isEqualTo("2026-11-02T05:00:00Z");
        assertThat(seriesCounts(newYork)).isEqualTo(expectedSeries("acme", Instant.parse(FROM), Duration.ofDays(1),
                Instant.parse(TO), ZoneId.of("America/New_York"), event -> event.get("mailbox_provider").equals("yahoo")));

        // UTC+05:30: UTC hours straddle its days, so the minute table answers.
        JsonNode kolkata = getOk(ACME_KEY, "/v1/analytics/deliverability/series", "from", FROM, "to", TO,
                "interval", "day", "tz", "Asia/Kolkata");
        assertThat(kolkata.get("resolution").asText()).isEqualTo("minute");
        assertThat(kolkata.at("/points/1/bucket").asText()).isEqualTo("2026-11-01T18:30:00Z");
        assertThat(seriesCounts(kolkata)).isEqualTo(expectedSeries("acme", Instant.parse(FROM), Duration.ofDays(1),
                Instant.parse(TO), ZoneId.of("Asia/Kolkata"), event -> true));
    }

    @Test
    void deliverabilityDetailRefusesWhatItCannotHonour() throws Exception {
        assertBadRequest(ACME_KEY, "tz", "/v1/analytics/deliverability/bounces", "from", FROM, "to", TO,
                "group_by", "provider", "tz", "Europe/Berlin");
        assertBadRequest(ACME_KEY, "group_by", "/v1/analytics/deliverability/bounces", "from", FROM, "to", TO,
                "group_by", "recipient");
        assertBadRequest(ACME_KEY, "interval", "/v1/analytics/deliverability/series", "from", FROM, "to", TO,
                "interval", "fortnight");
        assertBadRequest(ACME_KEY, "before", "/v1/analytics/deliverability/series", "from", TO, "to", FROM);
        assertBadRequest(ACME_KEY, "audience", "/v1/analytics/deliverability/series", "from", FROM, "to", TO,
                "audience", "human");
    }

    // ---------------------------------------------------------------- bot filtering

    @Test
    void botFilteringSplitsOpensAndClicksByClassAndReasonLikeARecount() throws Exception {
        JsonNode answer = getOk(ACME_KEY, "/v1/analytics/bot-filtering", "from", FROM, "to", TO, "interval", "day");

        assertBotReport(answer, "acme", Instant.parse(FROM), Duration.ofDays(1), Instant.parse(TO), event -> true);
        assertThat(answer.at("/opens/filtered").asLong()).isPositive();
        assertThat(answer.at("/clicks/filtered").asLong()).isPositive();
    }

    @Test
    void botFilteringHonoursEveryKindOfFilterAndWidensToWholeHours() throws Exception {
        JsonNode answer = getOk(ACME_KEY, "/v1/analytics/bot-filtering", "from", "2026-11-02T10:20:00Z",
                "to", "2026-11-06T07:05:00Z", "interval", "hour", "workspace_id", "w-1", "variant", "B",
                "mailbox", "sam@send.acme.io");

        assertThat(answer.get("from").asText()).isEqualTo("2026-11-02T10:00:00Z");
        assertThat(answer.get("to").asText()).isEqualTo("2026-11-06T08:00:00Z");
        assertBotReport(answer, "acme", Instant.parse("2026-11-02T10:00:00Z"), Duration.ofHours(1),
                Instant.parse("2026-11-06T08:00:00Z"), event -> event.get("workspace_id").equals("w-1")
                        && event.get("variant").equals("B") && event.get("mailbox").equals("sam@send.acme.io"));
        assertBadRequest(ACME_KEY, "hour", "/v1/analytics/bot-filtering", "from", FROM, "to", TO,
                "interval", "minute");
    }

    @Test
    void botFilteringCutsItsSeriesInTheRequestedZoneAndRefusesZonesOffWholeHours() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        JsonNode days = getOk(ACME_KEY, "/v1/analytics/bot-filtering", "from", FROM, "to", TO, "interval", "day",
                "tz", "Europe/Berlin");

        assertThat(days.get("tz").asText()).isEqualTo("Europe/Berlin");
        assertThat(days.at("/series/0/bucket").asText()).isEqualTo("2026-10-31T23:00:00Z");
        assertBotReport(days, "acme", Instant.parse(FROM), Duration.ofDays(1), Instant.parse(TO), berlin,
                event -> true);
        JsonNode weeks = getOk(ACME_KEY, "/v1/analytics/bot-filtering", "from", FROM, "to", TO, "interval", "week",
                "tz", "America/New_York");
        assertThat(weeks.at("/series/0/bucket").asText()).isEqualTo("2026-10-26T04:00:00Z");
        assertBotReport(weeks, "acme", Instant.parse(FROM), Duration.ofDays(7), Instant.parse(TO),
                ZoneId.of("America/New_York"), event -> true);

        assertBadRequest(ACME_KEY, "Asia/Kolkata is UTC+05:30", "/v1/analytics/bot-filtering", "from", FROM, "to", TO,
                "interval", "day", "tz", "Asia/Kolkata");
        assertBadRequest(ACME_KEY, "Asia/Kolkata", "/v1/analytics/bot-filtering", "from", FROM, "to", TO,
                "interval", "hour", "tz", "Asia/Kolkata");
    }

    // ---------------------------------------------------------------- health

    @Test
    void healthListsTheNewestSnapshotOfEachScopeWithItsTrend() throws Exception {
        JsonNode answer = getOk(ACME_KEY, "/v1/analytics/health", "scope", "domain", "from", FROM, "to", TO,
                "interval", "day");

        JsonNode scopes = answer.get("scopes");
        assertThat(answer.get("scope").asText()).isEqualTo("sending_domain");
        assertThat(scopes).hasSize(2);
        JsonNode bad = scopes.get(0);
        assertThat(bad.get("scope_value").asText()).isEqualTo("send.acme.io");
        assertThat(bad.get("score").asInt()).isEqualTo(40);
        assertThat(bad.get("status").asText()).isEqualTo("critical");
        assertThat(bad.get("pause_recommended").asBoolean()).isTrue();
        assertThat(bad.get("reasons")).extracting(JsonNode::asText)
                .containsExactly("bounce_rate_24h_critical", "complaint_rate_7d_warning");
        assertThat(bad.at("/last_24h/sent").asLong()).isEqualTo(300);
        assertThat(bad.at("/last_24h/bounce_rate").asDouble()).isEqualTo(0.03);
        assertThat(bad.at("/last_7d/complaints").asLong()).isEqualTo(3);
        assertThat(bad.get("as_of").asText()).isEqualTo("2026-11-05T10:00:00Z");
        // v1 (back-filled by V0009), v2 and v3 on 11-04 (the bucket keeps the later one), v4 on 11-05.
        assertThat(bad.get("trend")).extracting(point -> point.get("bucket").asText() + "=" + point.get("score"))
                .containsExactly("2026-11-03T00:00:00Z=90", "2026-11-04T00:00:00Z=70", "2026-11-05T00:00:00Z=40");
        assertThat(bad.get("score_change").asInt()).isEqualTo(-50);
        JsonNode quiet = scopes.get(1);
        assertThat(quiet.get("scope_value").asText()).isEqualTo("mail.acme.io");
        assertThat(quiet.get("score").isNull()).isTrue();
        assertThat(quiet.get("status").asText()).isEqualTo("insufficient_volume");
        assertThat(quiet.get("score_change").isNull()).isTrue();
    }

    @Test
    void healthCutsTheTrendIntoTheRequestedZonesDays() throws Exception {
        // Anchorage is UTC-9 in November: 11-04T08:00Z (v2, 75) still falls on its 11-03, 11-04T10:00Z (v3) on 11-04.
        JsonNode answer = getOk(ACME_KEY, "/v1/analytics/health", "scope", "domain", "from", FROM, "to", TO,
                "interval", "day", "tz", "America/Anchorage", "sending_domain", "send.acme.io");

        assertThat(answer.get("tz").asText()).isEqualTo("America/Anchorage");
        assertThat(answer.at("/scopes/0/trend")).extracting(point -> point.get("bucket").asText() + "="
                + point.get("score")).containsExactly("2026-11-03T09:00:00Z=75", "2026-11-04T09:00:00Z=70",
                "2026-11-05T09:00:00Z=40");
        assertThat(answer.at("/scopes/0/score_change").asInt()).isEqualTo(-35);
    }

    @Test
    void healthNarrowsByStatusProviderAndScopeValue() throws Exception {
        JsonNode critical = getOk(ACME_KEY, "/v1/analytics/health", "scope", "sending_domain", "from", FROM, "to", TO,
                "status", "critical");
        assertThat(critical.get("scopes")).extracting(s -> s.get("scope_value").asText())
                .containsExactly("send.acme.io");

        JsonNode google = getOk(ACME_KEY, "/v1/analytics/health", "scope", "domain", "from", FROM, "to", TO,
                "provider", "google", "sending_domain", "send.acme.io");
        assertThat(google.get("mailbox_provider").asText()).isEqualTo("google");
        assertThat(google.get("scopes")).hasSize(1);
        assertThat(google.at("/scopes/0/score").asInt()).isEqualTo(85);
        assertThat(google.at("/scopes/0/mailbox_provider").asText()).isEqualTo("google");

        JsonNode mailboxes = getOk(ACME_KEY, "/v1/analytics/health", "scope", "mailbox", "from", FROM, "to", TO);
        assertThat(mailboxes.get("scopes")).extracting(s -> s.get("scope_value").asText())
                .containsExactly("sam@send.acme.io");

        assertBadRequest(ACME_KEY, "scope", "/v1/analytics/health", "scope", "planet", "from", FROM, "to", TO);
        JsonNode ofDomain = getOk(ACME_KEY, "/v1/analytics/health", "scope", "mailbox", "from", FROM, "to", TO,
                "sending_domain", "send.acme.io");
        assertThat(ofDomain.get("scopes")).extracting(s -> s.get("scope_value").asText())
                .containsExactly("sam@send.acme.io");
        assertThat(getOk(ACME_KEY, "/v1/analytics/health", "scope", "mailbox", "from", FROM, "to", TO,
                "sending_domain", "mail.acme.io").get("scopes")).isEmpty();
        JsonNode domainOfMailbox = getOk(ACME_KEY, "/v1/analytics/health", "scope", "domain", "from", FROM, "to", TO,
                "mailbox", "kim@mail.acme.io");
        assertThat(domainOfMailbox.get("scopes")).extracting(s -> s.get("scope_value").asText())
                .containsExactly("mail.acme.io");
        assertBadRequest(ACME_KEY, "sending_ip", "/v1/analytics/health", "scope", "ip", "from", FROM, "to", TO,
                "mailbox", "sam@send.acme.io");
        assertBadRequest(ACME_KEY, "campaign_id", "/v1/analytics/health", "scope", "ip", "from", FROM, "to", TO,
                "campaign_id", "c-1");
        assertBadRequest(ACME_KEY, "status", "/v1/analytics/health", "scope", "ip", "from", FROM, "to", TO,
                "status", "sick");
    }

    // ---------------------------------------------------------------- alerts

    @Test
    void alertsListTheCurrentStateOfEpisodesOverlappingTheRangeNewestFirst() throws Exception {
        JsonNode all = getOk(ACME_KEY, "/v1/analytics/alerts", "from", FROM, "to", TO);
        assertThat(all.get("alerts")).extracting(a -> a.get("alert_id").asText() + ":" + a.get("state").asText()
                + ":" + a.get("severity").asText())
                .containsExactly("a-pause:firing:critical", "a-bounce:resolved:warning", "a-old-firing:firing:warning");
        JsonNode resolved = all.at("/alerts/1");
        assertThat(resolved.get("value").asDouble()).isEqualTo(0.031);
        assertThat(resolved.get("threshold").asDouble()).isEqualTo(0.05);
        assertThat(resolved.get("volume").asLong()).isEqualTo(640);
        assertThat(resolved.get("window").asText()).isEqualTo("PT1H");
        assertThat(resolved.get("fired_at").asText()).isEqualTo("2026-11-03T10:06:00Z");
        assertThat(resolved.get("resolved_at").asText()).isEqualTo("2026-11-03T10:41:00Z");
        assertThat(all.at("/alerts/0/resolved_at").isNull()).isTrue();

        assertThat(ids(getOk(ACME_KEY, "/v1/analytics/alerts", "from", FROM, "to", TO, "status", "firing")))
                .containsExactly("a-pause", "a-old-firing");
        assertThat(ids(getOk(ACME_KEY, "/v1/analytics/alerts", "from", FROM, "to", TO, "status", "resolved")))
                .containsExactly("a-bounce");
        assertThat(ids(getOk(ACME_KEY, "/v1/analytics/alerts", "from", FROM, "to", TO, "severity", "critical")))
                .containsExactly("a-pause");
        assertThat(ids(getOk(ACME_KEY, "/v1/analytics/alerts", "from", FROM, "to", TO,
                "sending_domain", "send.acme.io"))).containsExactly("a-pause", "a-bounce");
        assertThat(ids(getOk(ACME_KEY, "/v1/analytics/alerts", "from", FROM, "to", TO, "campaign_id", "c-1")))
                .containsExactly("a-old-firing");
        assertThat(ids(getOk(ACME_KEY, "/v1/analytics/alerts", "from", FROM, "to", TO, "rule_id", "r-1",
                "scope_kind", "sending_domain"))).containsExactly("a-bounce");
        assertThat(ids(getOk(ACME_KEY, "/v1/analytics/alerts", "from", FROM, "to", TO, "limit", "1")))
                .containsExactly("a-pause");
        assertThat(ids(getOk(ACME_KEY, "/v1/analytics/alerts", "from", "2026-11-03T10:45:00Z",
                "to", "2026-11-04T00:00:00Z"))).containsExactly("a-old-firing");

        assertBadRequest(ACME_KEY, "status", "/v1/analytics/alerts", "from", FROM, "to", TO, "status", "open");
        assertThat(ids(getOk(ACME_KEY, "/v1/analytics/alerts", "from", FROM, "to", TO,
                "campaign_id", "c-1", "sending_domain", "send.acme.io"))).isEmpty();
        assertThat(ids(getOk(ACME_KEY, "/v1/analytics/alerts", "from", FROM, "to", TO,
                "campaign_id", "c-1", "scope_kind", "mailbox"))).isEmpty();
        assertBadRequest(ACME_KEY, "variant", "/v1/analytics/alerts", "from", FROM, "to", TO, "variant", "A");
        assertBadRequest(ACME_KEY, "limit", "/v1/analytics/alerts", "from", FROM, "to", TO, "limit", "0");
    }

    // ---------------------------------------------------------------- tenant isolation and CSV

    @Test
    void theSecondTenantSeesOnlyItsOwnRowsOnEveryView() throws Exception {
        List<String[]> views = List.of(
                new String[] {"/v1/analytics/deliverability/bounces", "group_by", "sending_domain"},
                new String[] {"/v1/analytics/deliverability/series", "interval", "day"},
                new String[] {"/v1/analytics/bot-filtering", "interval", "day"},
                new String[] {"/v1/analytics/health", "scope", "domain"},
                new String[] {"/v1/analytics/alerts", "status", "all"});
        for (String[] view : views) {
            String body = get(GLOBEX_KEY, "application/json", view[0], "from", FROM, "to", TO, view[1], view[2])
                    .body();
            assertThat(body).as(view[0]).doesNotContain("acme");
        }
        JsonNode bounces = getOk(GLOBEX_KEY, "/v1/analytics/deliverability/bounces", "from", FROM, "to", TO,
                "group_by", "sending_domain");
        assertThat(rowsByKey(bounces)).isEqualTo(expectedBounceRows("globex", "sending_domain", event -> true));
        assertBotReport(getOk(GLOBEX_KEY, "/v1/analytics/bot-filtering", "from", FROM, "to", TO, "interval", "week"),
                "globex", Instant.parse(FROM), Duration.ofDays(7), Instant.parse(TO), event -> true);
        assertThat(getOk(GLOBEX_KEY, "/v1/analytics/health", "scope", "domain", "from", FROM, "to", TO)
                .get("scopes")).extracting(s -> s.get("scope_value").asText()).containsExactly("send.globex.io");
        assertThat(ids(getOk(GLOBEX_KEY, "/v1/analytics/alerts", "from", FROM, "to", TO))).containsExactly("g-alert");
    }

    @Test
    void everyViewAnswersCsv() throws Exception {
        HttpResponse<String> bounces = get(ACME_KEY, "text/csv", "/v1/analytics/deliverability/bounces",
                "from", FROM, "to", TO, "group_by", "provider");
        assertThat(bounces.statusCode()).isEqualTo(200);
        assertThat(bounces.body().lines().findFirst().orElseThrow()).startsWith("provider,sent,delivered,bounced");
        long bounceLines = expectedBounceRows("acme", "mailbox_provider", event -> true).values().stream()
                .mapToLong(row -> Math.max(1, ((Map<?, ?>) row.get("reasons")).size())).sum();
        assertThat(bounces.body().lines().count()).isEqualTo(1 + bounceLines);

        assertCsvLines("/v1/analytics/deliverability/series", 1 + 30, "interval", "day");
        assertCsvLines("/v1/analytics/bot-filtering", 1 + 2 * 7, "interval", "day");
        assertCsvLines("/v1/analytics/health", 1 + 2, "scope", "domain");
        assertCsvLines("/v1/analytics/alerts", 1 + 3, "status", "all");
    }

    private static void assertCsvLines(String path, long lines, String name, String value) throws Exception {
        HttpResponse<String> csv = get(ACME_KEY, "text/csv", path, "from", FROM, "to", TO, name, value);
        assertThat(csv.statusCode()).as(path).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines().count()).as(path).isEqualTo(lines);
    }

    // ---------------------------------------------------------------- expectations computed from the generated rows

    private static Map<String, Map<String, Object>> expectedBounceRows(String tenant, String column,
            Predicate<Map<String, Object>> filter) {
        Map<String, List<Map<String, Object>>> byKey = EVENTS.stream()
                .filter(event -> event.get("tenant_id").equals(tenant) && filter.test(event))
                .collect(Collectors.groupingBy(event -> (String) event.get(column), TreeMap::new, Collectors.toList()));
        Map<String, Map<String, Object>> rows = new TreeMap<>();
        byKey.forEach((key, events) -> {
            long sent = count(events, "send");
            long delivered = count(events, "delivered");
            long complaints = count(events, "complaint");
            Map<String, Long> reasons = new TreeMap<>();
            events.stream().filter(event -> event.get("event_type").equals("bounce")).forEach(event -> {
                String type = (String) event.get("bounce_type");
                reasons.merge((type.isEmpty() ? "undetermined" : type) + "/" + event.get("bounce_reason"), 1L,
                        Long::sum);
            });
            long bounced = reasons.values().stream().mapToLong(Long::longValue).sum();
            if (sent + delivered + complaints + bounced == 0) {
                return;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sent", sent);
            row.put("delivered", delivered);
            row.put("bounced", bounced);
            row.put("complaints", complaints);
            row.put("bounce_status", status(bounced, sent, "0.02", "0.05"));
            row.put("complaint_status", status(complaints, delivered, "0.001", "0.003"));
            row.put("reasons", reasons);
            rows.put(key, row);
        });
        return rows;
    }

    private static String status(long part, long whole, String warning, String critical) {
        if (whole < 100) {
            return "insufficient_volume";
        }
        BigDecimal rate = BigDecimal.valueOf(part);
        BigDecimal total = BigDecimal.valueOf(whole);
        if (rate.compareTo(new BigDecimal(critical).multiply(total)) >= 0) {
            return "critical";
        }
        return rate.compareTo(new BigDecimal(warning).multiply(total)) >= 0 ? "warning" : "ok";
    }

    private static Map<String, Map<String, Object>> rowsByKey(JsonNode answer) {
        Map<String, Map<String, Object>> rows = new TreeMap<>();
        for (JsonNode node : answer.get("rows")) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String field : List.of("sent", "delivered", "bounced", "complaints")) {
                row.put(field, node.get(field).asLong());
            }
            row.put("bounce_status", node.get("bounce_status").asText());
            row.put("complaint_status", node.get("complaint_status").asText());
            Map<String, Long> reasons = new TreeMap<>();
            long previous = Long.MAX_VALUE;
            for (JsonNode reason : node.get("reasons")) {
                reasons.put(reason.get("bounce_type").asText() + "/" + reason.get("reason").asText(),
                        reason.get("bounces").asLong());
                assertThat(reason.get("bounces").asLong()).isLessThanOrEqualTo(previous);
                previous = reason.get("bounces").asLong();
            }
            row.put("reasons", reasons);
            rows.put(node.get("key").asText(), row);
        }
        return rows;
    }

    private static Map<String, String> statuses(JsonNode answer, String field) {
        Map<String, String> statuses = new HashMap<>();
        answer.get("rows").forEach(row -> statuses.put(row.get("key").asText(), row.get(field).asText()));
        return statuses;
    }

    private static Map<String, List<Long>> expectedSeries(String tenant, Instant from, Duration step, Instant to,
            Predicate<Map<String, Object>> filter) {
        return expectedSeries(tenant, from, step, to, UTC, filter);
    }

    private static Map<String, List<Long>> expectedSeries(String tenant, Instant from, Duration step, Instant to,
            ZoneId zone, Predicate<Map<String, Object>> filter) {
        Map<String, long[]> points = new LinkedHashMap<>();
        for (Instant bucket : calendarBuckets(from, to, step, zone)) {
            points.put(bucket.toString(), new long[7]);
        }
        for (Map<String, Object> event : EVENTS) {
            Instant at = (Instant) event.get("at");
            if (!event.get("tenant_id").equals(tenant) || !filter.test(event) || at.isBefore(from)
                    || !at.isBefore(to)) {
                continue;
            }
            long[] counts = points.get(calendarBucket(at, step, zone).toString());
            String type = (String) event.get("event_type");
            switch (type) {
                case "send" -> counts[0]++;
                case "delivered" -> counts[1]++;
                case "complaint" -> counts[6]++;
                case "bounce" -> counts[2 + BOUNCE_TYPES.indexOf((String) event.get("bounce_type"))]++;
                default -> { }
            }
        }
        Map<String, List<Long>> lists = new LinkedHashMap<>();
        points.forEach((bucket, counts) -> lists.put(bucket, Arrays.stream(counts).boxed().toList()));
        return lists;
    }

    private static Map<String, List<Long>> seriesCounts(JsonNode answer) {
        Map<String, List<Long>> points = new LinkedHashMap<>();
        for (JsonNode point : answer.get("points")) {
            long[] counts = new long[7];
            String[] fields = {"sent", "delivered", "bounced_hard", "bounced_soft", "bounced_block",
                "bounced_undetermined", "complaints"};
            for (int i = 0; i < fields.length; i++) {
                counts[i] = point.get(fields[i]).asLong();
            }
            points.put(point.get("bucket").asText(), Arrays.stream(counts).boxed().toList());
        }
        return points;
    }

    private static void assertBotReport(JsonNode answer, String tenant, Instant from, Duration step, Instant to,
            Predicate<Map<String, Object>> filter) {
        assertBotReport(answer, tenant, from, step, to, UTC, filter);
    }

    private static void assertBotReport(JsonNode answer, String tenant, Instant from, Duration step, Instant to,
            ZoneId zone, Predicate<Map<String, Object>> filter) {
        List<Map<String, Object>> engagement = EVENTS.stream()
                .filter(event -> event.get("tenant_id").equals(tenant) && filter.test(event))
                .filter(event -> event.get("event_type").equals("open") || event.get("event_type").equals("click"))
                .filter(event -> !((Instant) event.get("at")).isBefore(from) && ((Instant) event.get("at")).isBefore(to))
                .toList();
        assertThat(engagement).isNotEmpty();
        for (String type : List.of("open", "click")) {
            List<Map<String, Object>> ofType = engagement.stream().filter(e -> e.get("event_type").equals(type))
                    .toList();
            JsonNode split = answer.get(type + "s");
            Map<String, Long> byClass = ofType.stream().collect(Collectors.groupingBy(
                    e -> ((String) e.get("engagement_class")).isEmpty() ? "unclassified"
                            : (String) e.get("engagement_class"), TreeMap::new, Collectors.counting()));
            long human = ofType.stream().filter(e -> isHuman(type, (String) e.get("engagement_class"))).count();
            assertThat(split.get("total").asLong()).as(type).isEqualTo(ofType.size());
            assertThat(split.get("human").asLong()).as(type).isEqualTo(human);
            assertThat(split.get("filtered").asLong()).as(type).isEqualTo(ofType.size() - human);
            Map<String, Long> answered = new TreeMap<>();
            split.get("classes").forEach(c -> {
                if (c.get("events").asLong() > 0) {
                    answered.put(c.get("engagement_class").asText(), c.get("events").asLong());
                }
                assertThat(c.get("counted_as_human").asBoolean())
                        .isEqualTo(isHuman(type, c.get("engagement_class").asText()));
            });
            assertThat(answered).as(type).isEqualTo(byClass);
        }
        Map<String, Long> reasons = new TreeMap<>();
        for (Map<String, Object> event : engagement) {
            String engagementClass = (String) event.get("engagement_class");
            for (String reason : CLASS_REASONS.get(engagementClass)) {
                reasons.merge(event.get("event_type") + "/" + engagementClass + "/" + reason, 1L, Long::sum);
            }
        }
        Map<String, Long> answeredReasons = new TreeMap<>();
        answer.get("reasons").forEach(r -> answeredReasons.put(r.get("event_type").asText() + "/"
                + r.get("engagement_class").asText() + "/" + r.get("reason").asText(), r.get("events").asLong()));
        assertThat(answeredReasons).isEqualTo(reasons);

        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (Instant bucket : calendarBuckets(from, to, step, zone)) {
            series.put(bucket.toString(), new ArrayList<>(List.of(0L, 0L, 0L, 0L)));
        }
        for (Map<String, Object> event : engagement) {
            List<Long> counts = series.get(calendarBucket((Instant) event.get("at"), step, zone).toString());
            int offset = event.get("event_type").equals("open") ? 0 : 2;
            counts.set(offset, counts.get(offset) + 1);
            if (isHuman((String) event.get("event_type"), (String) event.get("engagement_class"))) {
                counts.set(offset + 1, counts.get(offset + 1) + 1);
            }
        }
        Map<String, List<Long>> answeredSeries = new LinkedHashMap<>();
        answer.get("series").forEach(p -> answeredSeries.put(p.get("bucket").asText(), List.of(
                p.get("opens_total").asLong(), p.get("opens_human").asLong(), p.get("clicks_total").asLong(),
                p.get("clicks_human").asLong())));
        assertThat(answeredSeries).isEqualTo(series);
    }

    /** Where the calendar bucket of {@code step} (a minute, hour, day or week) holding {@code at} starts in {@code zone}. */
    private static Instant calendarBucket(Instant at, Duration step, ZoneId zone) {
        if (step.equals(Duration.ofDays(7))) {
            return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(zone).toInstant();
        }
        if (step.equals(Duration.ofDays(1))) {
            return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        }
        return at.atZone(zone).truncatedTo(step.equals(Duration.ofHours(1)) ? ChronoUnit.HOURS : ChronoUnit.MINUTES)
                .toInstant();
    }

    /** Every calendar bucket holding a minute of {@code [from, to)}, oldest first. */
    private static Set<Instant> calendarBuckets(Instant from, Instant to, Duration step, ZoneId zone) {
        Set<Instant> buckets = new LinkedHashSet<>();
        for (Instant minute = from; minute.isBefore(to); minute = minute.plus(Duration.ofMinutes(1))) {
            buckets.add(calendarBucket(minute, step, zone));
        }
        return buckets;
    }

    private static boolean isHuman(String type, String engagementClass) {
        return engagementClass.equals("human") || (type.equals("open") && engagementClass.equals("image_proxy"));
    }

    private static long count(List<Map<String, Object>> events, String type) {
        return events.stream().filter(event -> event.get("event_type").equals(type)).count();
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("alerts").forEach(alert -> ids.add(alert.get("alert_id").asText()));
        return ids;
    }

    // ---------------------------------------------------------------- generated traffic and fixtures

    private static void generate(String tenant, int messages, Random random) {
        String domain = tenant.equals("acme") ? "acme.io" : "globex.io";
        List<String> sendingDomains = List.of("send." + domain, "mail." + domain);
        List<String> mailboxes = List.of("sam@send." + domain, "kim@send." + domain, "lee@mail." + domain);
        Instant start = Instant.parse("2026-11-02T00:00:00Z");
        for (int m = 0; m < messages; m++) {
            String provider = PROVIDERS.get(random.nextInt(PROVIDERS.size()));
            Map<String, Object> message = new HashMap<>();
            message.put("tenant_id", tenant);
            message.put("message_id", tenant + "-m" + m);
            message.put("workspace_id", "w-" + (1 + random.nextInt(2)));
            int campaign = random.nextInt(3);
            message.put("campaign_id", tenant.equals("acme") ? ACME_CAMPAIGNS.get(campaign) : "gc-" + campaign);
            message.put("variant", random.nextBoolean() ? "A" : "B");
            message.put("sequence_step", 1 + random.nextInt(2));
            String mailbox = mailboxes.get(random.nextInt(mailboxes.size()));
            message.put("mailbox", mailbox);
            message.put("sending_domain", mailbox.substring(mailbox.indexOf('@') + 1));
            message.put("sending_ip", "203.0.113." + (1 + random.nextInt(3)) + (tenant.equals("acme") ? "" : "9"));
            message.put("mailbox_provider", provider);
            Instant sentAt = start.plusSeconds(random.nextInt(7 * 24 * 3600));
            addEvent(message, "send", sentAt, Map.of());
            double[] risk = PROVIDER_RISK.get(provider);
            if (random.nextDouble() < risk[0]) {
                int kind = random.nextInt(BOUNCE_TYPES.size());
                addEvent(message, "bounce", sentAt.plusSeconds(2), Map.of("bounce_type", BOUNCE_TYPES.get(kind),
                        "bounce_reason", BOUNCE_REASONS.get(random.nextInt(BOUNCE_REASONS.size()))));
                continue;
            }
            Instant deliveredAt = sentAt.plusSeconds(3);
            addEvent(message, "delivered", deliveredAt, Map.of());
            if (random.nextDouble() < risk[1] * 5) {
                addEvent(message, "complaint", deliveredAt.plusSeconds(3600), Map.of());
            }
            for (String type : List.of("open", "click")) {
                int times = random.nextInt(type.equals("open") ? 4 : 3);
                for (int i = 0; i < times; i++) {
                    String engagementClass = CLASSES.get(random.nextInt(CLASSES.size()));
                    addEvent(message, type, deliveredAt.plusSeconds(60 + random.nextInt(3 * 24 * 3600)), Map.of(
                            "engagement_class", engagementClass,
                            "classification_reasons", CLASS_REASONS.get(engagementClass)));
                }
            }
        }
    }

    private static void addEvent(Map<String, Object> message, String type, Instant at, Map<String, Object> extra) {
        Map<String, Object> event = new LinkedHashMap<>(message);
        event.put("event_id", message.get("message_id") + "-" + EVENTS.size());
        event.put("event_type", type);
        event.put("at", at);
        event.put("bounce_type", "");
        event.put("bounce_reason", "");
        event.put("engagement_class", "");
        event.put("classification_reasons", List.of());
        event.putAll(extra);
        EVENTS.add(event);
    }

    private static void insert(String table, List<Map<String, Object>> rows) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Map<String, Object> row : rows) {
            Map<String, Object> stored = new LinkedHashMap<>(row);
            Object at = stored.remove("at");
            if (at != null) {
                stored.put("occurred_at", ClickHouseText.dateTime64Millis((Instant) at));
                stored.put("received_at", ClickHouseText.dateTime64Millis((Instant) at));
                stored.put("link_index", -1);
            }
            body.append(JSON.writeValueAsString(stored)).append('\n');
        }
        client.insert(table, new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
                ClickHouseFormat.JSONEachRow, new InsertSettings()).get(60, TimeUnit.SECONDS).close();
    }

    private static void insertHealthBeforeV0009() throws Exception {
        insert("sending_health", List.of(health("acme", "sending_domain", "send.acme.io", "", "2026-11-03T10:00:00Z",
                1, 90, "healthy", false, "")));
    }

    private static void insertHealthAfterV0009() throws Exception {
        insert("sending_health", List.of(
                health("acme", "sending_domain", "send.acme.io", "", "2026-11-04T08:00:00Z", 2, 75, "warning",
                        false, "complaint_rate_7d_warning")));
        insert("sending_health", List.of(
                health("acme", "sending_domain", "send.acme.io", "", "2026-11-04T10:00:00Z", 3, 70, "warning",
                        false, "complaint_rate_7d_warning")));
        insert("sending_health", List.of(
                health("acme", "sending_domain", "send.acme.io", "", "2026-11-05T10:00:00Z", 4, 40, "critical",
                        true, "bounce_rate_24h_critical,complaint_rate_7d_warning"),
                health("acme", "sending_domain", "send.acme.io", "google", "2026-11-05T10:00:00Z", 4, 85, "healthy",
                        false, ""),
                health("acme", "sending_domain", "mail.acme.io", "", "2026-11-05T09:00:00Z", 1, null,
                        "insufficient_volume", false, ""),
                health("acme", "mailbox", "sam@send.acme.io", "", "2026-11-05T10:00:00Z", 1, 88, "healthy", false, ""),
                health("globex", "sending_domain", "send.globex.io", "", "2026-11-05T10:00:00Z", 1, 99, "healthy",
                        false, "")));
    }

    private static Map<String, Object> health(String tenant, String kind, String value, String provider, String asOf,
            long version, Integer score, String status, boolean pause, String reasons) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", tenant);
        row.put("scope_kind", kind);
        row.put("scope_value", value);
        row.put("mailbox_provider", provider);
        row.put("as_of", ClickHouseText.dateTime64Millis(Instant.parse(asOf)));
        row.put("version", version);
        row.put("sent_24h", 300);
        row.put("delivered_24h", 290);
        row.put("bounced_24h", 9);
        row.put("bounce_rate_24h", 0.03);
        row.put("complaint_rate_24h", 0.0);
        row.put("sent_7d", 1500);
        row.put("complaints_7d", 3);
        row.put("score", score);
        row.put("status", status);
        row.put("pause_recommended", pause);
        row.put("reasons", reasons);
        return row;
    }

    private static void insertAlerts() throws Exception {
        insert("alerts", List.of(
                alert("acme", "a-bounce", "r-1", "firing", "sending_domain", "send.acme.io", "2026-11-03T10:06:00Z",
                        null, 1),
                alert("acme", "a-pause", "auto_pause", "firing", "sending_domain", "send.acme.io",
                        "2026-11-05T10:00:00Z", null, 1),
                alert("acme", "a-old", "r-2", "firing", "campaign", "c-1", "2026-10-20T10:00:00Z", null, 1),
                alert("acme", "a-old-firing", "r-2", "firing", "campaign", "c-1", "2026-10-28T10:00:00Z", null, 1),
                alert("globex", "g-alert", "r-9", "firing", "sending_domain", "send.globex.io",
                        "2026-11-04T10:00:00Z", null, 1)));
        insert("alerts", List.of(
                alert("acme", "a-bounce", "r-1", "resolved", "sending_domain", "send.acme.io",
                        "2026-11-03T10:06:00Z", "2026-11-03T10:41:00Z", 2),
                alert("acme", "a-old", "r-2", "resolved", "campaign", "c-1", "2026-10-20T10:00:00Z",
                        "2026-10-25T10:00:00Z", 2)));
    }

    private static Map<String, Object> alert(String tenant, String id, String rule, String state, String kind,
            String value, String firedAt, String resolvedAt, int version) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", tenant);
        row.put("alert_id", id);
        row.put("rule_id", rule);
        row.put("rule_name", rule + " name");
        row.put("state", state);
        row.put("metric", "bounce_rate");
        row.put("scope_kind", kind);
        row.put("scope_value", value);
        row.put("comparison", "above");
        row.put("value", 0.031);
        row.put("threshold", 0.05);
        row.put("volume", 640);
        row.put("window_length", "PT1H");
        row.put("fired_at", ClickHouseText.dateTime64Millis(Instant.parse(firedAt)));
        row.put("resolved_at", resolvedAt == null ? null : ClickHouseText.dateTime64Millis(Instant.parse(resolvedAt)));
        row.put("detail", "");
        row.put("version", version);
        return row;
    }

    // ---------------------------------------------------------------- HTTP

    private static JsonNode getOk(String apiKey, String path, String... namesAndValues) throws Exception {
        HttpResponse<String> response = get(apiKey, "application/json", path, namesAndValues);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertBadRequest(String apiKey, String messagePart, String path, String... namesAndValues)
            throws Exception {
        HttpResponse<String> response = get(apiKey, "application/json", path, namesAndValues);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("message").asText()).contains(messagePart);
    }

    private static HttpResponse<String> get(String apiKey, String accept, String path, String... namesAndValues)
            throws Exception {
        StringBuilder uri = new StringBuilder("http://127.0.0.1:" + app.getLocalPort() + path);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            uri.append(i == 0 ? '?' : '&').append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(30))
                .GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
