package com.penguinmails.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Drives the dashboard in headless chromium against the real query API on the embedded ClickHouse with generated
 * demo traffic: every page draws without console errors, its charts and tables hold exactly what the API answers for
 * the same request, changing a filter or a page control changes both, a phone-sized viewport does not overflow
 * sideways, and each page leaves a screenshot in target/screenshots.
 */
@ExtendWith(EmbeddedStackExtension.class)
class DashboardBrowserIT {

    private static final String DATABASE = "dashboard_browser_it";
    private static final String ACME_KEY = "acme-query-key";
    private static final String FROM = DemoAnalytics.FROM.toString();
    private static final String TO = DemoAnalytics.TO.toString();
    private static final List<String> PAGES = List.of("overview", "deliverability", "heatmap", "campaigns",
            "attribution", "cohorts", "bot-filtering", "alerts");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static DropwizardAppExtension<QueryApiConfiguration> app;
    private static Client fixtureClient;
    private static DashboardBrowser browser;
    private static List<String> campaigns;

    @BeforeAll
    static void loadDemoDataStartApiAndBrowser(EmbeddedStack stack) throws Exception {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        factory.setDatabase(DATABASE);
        fixtureClient = factory.build();
        new ClickHouseMigrator(fixtureClient, DATABASE).migrate();
        campaigns = DemoAnalytics.load(fixtureClient, 12_000);

        app = new DropwizardAppExtension<>(QueryApiApplication.class,
                ResourceHelpers.resourceFilePath("query-api-test.yml"),
                ConfigOverride.config("clickHouse.url", stack.clickHouse().httpUrl()),
                ConfigOverride.config("clickHouse.database", DATABASE),
                ConfigOverride.config("sendTime.minimumSends", "5"));
        app.before();
        browser = DashboardBrowser.start(baseUrl(), Path.of(System.getProperty("penguinmails.screenshots",
                "target/screenshots")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.after();
        }
        if (fixtureClient != null) {
            fixtureClient.close();
        }
    }

    @BeforeEach
    void startOnTheOverviewWithTheKeyAndTheDemoRange() {
        browser.emulateLaptop();
        browser.open("/#overview");
        if (browser.driver().findElement(By.id("key-panel")).isDisplayed()) {
            browser.enterKey(ACME_KEY);
        }
        browser.awaitDrawn("overview");
        browser.consoleErrors();
        for (String filter : List.of("workspace_id", "campaign_id", "variant", "step", "sending_domain", "mailbox",
                "provider")) {
            browser.setFilter(filter, "");
        }
        browser.setRange(FROM, TO, "UTC");
        browser.apply("overview");
    }

    @Test
    void keepsTheKeyInSessionStorageOnlyAndOutOfTheAddress() {
        Object session = browser.script("return sessionStorage.getItem('penguinmails.queryApiKey');");
        Object local = browser.script("return localStorage.length;");

        assertThat(session).isEqualTo(ACME_KEY);
        assertThat(local).isEqualTo(0L);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(ACME_KEY);
        assertThat(browser.requests("overview")).noneMatch(url -> url.contains(ACME_KEY));

        browser.driver().findElement(By.id("forget-key")).click();
        assertThat(browser.driver().findElement(By.id("key-panel")).isDisplayed()).isTrue();
        assertThat(browser.script("return sessionStorage.getItem('penguinmails.queryApiKey');")).isNull();
    }

    @Test
    void overviewShowsTheApiNumbersAndFollowsTheCampaignFilter() throws Exception {
        JsonNode all = assertOverviewMatchesApi();
        assertThat(all.get("counts").get("send").asLong()).isPositive();

        browser.setFilter("campaign_id", campaigns.get(1));
        browser.apply("overview");

        assertThat(browser.requests("overview").get(0)).contains("campaign_id=" + campaigns.get(1));
        JsonNode one = assertOverviewMatchesApi();
        assertThat(one.get("counts").get("send").asLong())
                .isPositive().isLessThan(all.get("counts").get("send").asLong());
        assertNoConsoleErrors();
    }

    @Test
    void overviewFollowsTheAudienceAndTheInterval() throws Exception {
        JsonNode all = assertOverviewMatchesApi();

        browser.chooseInHeader("overview", "audience", "human");

        assertThat(browser.requests("overview").get(0)).contains("audience=human");
        JsonNode human = assertOverviewMatchesApi();
        assertThat(human.get("counts").get("open").asLong()).isPositive()
                .isLessThan(all.get("counts").get("open").asLong());

        browser.chooseInHeader("overview", "interval", "hour");

        assertThat(browser.requests("overview").get(0)).contains("interval=hour");
        JsonNode hourly = assertOverviewMatchesApi();
        assertThat(hourly.get("series").size()).isGreaterThan(human.get("series").size());
        assertNoConsoleErrors();
    }

    private static JsonNode assertOverviewMatchesApi() throws Exception {
        assertThat(browser.state("overview")).isEqualTo("ready");
        JsonNode answer = api(browser.requests("overview").get(0));
        Map<String, String> tiles = browser.values("[data-metric]", "data-metric");
        answer.get("counts").fields().forEachRemaining(count ->
                assertThat(Long.parseLong(tiles.get("count." + count.getKey()))).as(count.getKey())
                        .isEqualTo(count.getValue().asLong()));
        answer.get("rates").fields().forEachRemaining(rate ->
                assertThat(Double.parseDouble(tiles.get("rate." + rate.getKey()))).as(rate.getKey())
                        .isEqualTo(rate.getValue().asDouble()));
        JsonNode chart = browser.chart("overview-counts");
        for (int i = 0; i < chart.get("labels").size(); i++) {
            String type = chart.get("labels").get(i).asText();
            assertThat(chart.get("series").get("events").get(i).asLong()).as(type)
                    .isEqualTo(answer.get("counts").get(type).asLong());
            assertThat(chart.get("series").get("messages").get(i).asLong()).as(type)
                    .isEqualTo(answer.get("unique_messages").get(type).asLong());
        }
        assertThat(browser.chartHasCanvas("overview-counts")).isTrue();
        JsonNode series = browser.chart("overview-series");
        assertThat(series.get("labels").size()).isEqualTo(answer.get("series").size()).isPositive();
        for (int i = 0; i < answer.get("series").size(); i++) {
            JsonNode bucket = answer.get("series").get(i);
            assertThat(series.get("labels").get(i).asText()).isEqualTo(bucket.get("start").asText());
            for (String type : List.of("send", "open", "click")) {
                assertThat(series.get("series").get(type).get(i).asLong()).as(type)
                        .isEqualTo(bucket.get("counts").get(type).asLong());
            }
        }
        return answer;
    }

    @Test
    void deliverabilityTableAndChartHoldTheApiGroupsAndFollowGroupBy() throws Exception {
        browser.goTo("deliverability");
        JsonNode providers = assertDeliverabilityMatchesApi();
        assertThat(keys(providers)).contains("google", "microsoft");

        browser.choose("deliverability", "group_by", "sending_domain");

        assertThat(browser.requests("deliverability").get(0)).contains("group_by=sending_domain");
        JsonNode domains = assertDeliverabilityMatchesApi();
        assertThat(keys(domains)).isNotEmpty().doesNotContain("google", "microsoft");
        assertNoConsoleErrors();
    }

    private static JsonNode assertDeliverabilityMatchesApi() throws Exception {
        assertThat(browser.state("deliverability")).isEqualTo("ready");
        JsonNode answer = api(browser.requests("deliverability").get(0));
        List<Map<String, String>> rows = browser.table("deliverability");
        assertThat(rows).hasSize(answer.get("groups").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode group = answer.get("groups").get(i);
            assertThat(rows.get(i).get("key")).isEqualTo(group.get("key").asText());
            assertThat(rows.get(i).get("sent")).isEqualTo(group.get("counters").get("sent").asText());
            assertThat(rows.get(i).get("opens_human")).isEqualTo(group.get("counters").get("opens_human").asText());
            assertThat(Double.parseDouble(rows.get(i).get("bounce")))
                    .isEqualTo(group.get("rates").get("bounce").asDouble());
        }
        JsonNode chart = browser.chart("deliverability-rates");
        for (int i = 0; i < chart.get("labels").size(); i++) {
            JsonNode group = answer.get("groups").get(i);
            assertThat(chart.get("series").get("delivery").get(i).asDouble())
                    .isEqualTo(group.get("rates").get("delivery").asDouble());
        }
        return answer;
    }

    @Test
    void csvButtonDownloadsTheTableAsTheApiExportsIt() throws Exception {
        Path downloads = Path.of("target", "downloads");
        try (var old = Files.list(Files.createDirectories(downloads))) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        browser.downloadTo(downloads);
        browser.goTo("deliverability");
        String request = browser.requests("deliverability").get(0);
        HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + request))
                .header("Authorization", "Bearer " + ACME_KEY).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        String fileName = csv.headers().firstValue("Content-Disposition").orElseThrow()
                .replaceAll(".*filename=\"?([^\";]+)\"?.*", "$1");

        browser.clickCsv("deliverability");

        assertThat(browser.awaitDownload(downloads, fileName)).isEqualTo(csv.body()).contains("google");
        assertNoConsoleErrors();
    }

    @Test
    void heatmapCellsAreTheApiCellsAndFollowTheMetric() throws Exception {
        browser.goTo("heatmap");
        assertHeatmapMatchesApi("opens", "opens_human");

        browser.choose("heatmap", "metric", "clicks");

        assertThat(browser.requests("heatmap").get(0)).contains("metric=clicks");
        assertHeatmapMatchesApi("clicks", "clicks_human");
        assertNoConsoleErrors();
    }

    private static void assertHeatmapMatchesApi(String metric, String field) throws Exception {
        assertThat(browser.state("heatmap")).isEqualTo("ready");
        JsonNode answer = api(browser.requests("heatmap").get(0));
        JsonNode drawn = browser.chart("heatmap-" + metric);
        JsonNode sends = browser.chart("heatmap-sends");
        String[] days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        long total = 0;
        for (JsonNode cell : answer.get("cells")) {
            String day = days[cell.get("day_of_week").asInt() - 1];
            int hour = cell.get("hour").asInt();
            assertThat(drawn.get("series").get(day).get(hour).asLong()).as(day + " " + hour)
                    .isEqualTo(cell.get(field).asLong());
            assertThat(sends.get("series").get(day).get(hour).asLong()).isEqualTo(cell.get("sends").asLong());
            total += cell.get(field).asLong();
        }
        assertThat(total).isPositive();
        List<Map<String, String>> slots = browser.table("send-time");
        assertThat(slots).hasSize(answer.get("recommendation").get("slots").size());
        for (int i = 0; i < slots.size(); i++) {
            JsonNode slot = answer.get("recommendation").get("slots").get(i);
            assertThat(slots.get(i).get("hour")).isEqualTo(slot.get("hour").asText());
            assertThat(slots.get(i).get("sends")).isEqualTo(slot.get("sends").asText());
            assertThat(Double.parseDouble(slots.get(i).get("lower_bound")))
                    .isEqualTo(slot.get("lower_bound").asDouble());
        }
    }

    @Test
    void attributionChartHoldsEveryModelsCreditAndFollowsGroupBy() throws Exception {
        browser.goTo("attribution");
        JsonNode byCampaign = assertAttributionMatchesApi();
        assertThat(byCampaign.get("groups").size()).isPositive();
        assertThat(byCampaign.get("unattributed").get("conversions").asDouble()).isPositive();

        browser.choose("attribution", "attribution_group_by", "variant");

        assertThat(browser.requests("attribution").get(0)).contains("group_by=variant");
        JsonNode byVariant = assertAttributionMatchesApi();
        assertThat(byVariant.get("groups").size()).isGreaterThan(byCampaign.get("groups").size());
        assertNoConsoleErrors();
    }

    private static JsonNode assertAttributionMatchesApi() throws Exception {
        assertThat(browser.state("attribution")).isEqualTo("ready");
        JsonNode answer = api(browser.requests("attribution").get(0));
        JsonNode chart = browser.chart("attribution-models");
        assertThat(chart.get("labels").size()).isEqualTo(answer.get("groups").size());
        for (String model : List.of("first_touch", "last_touch", "linear", "time_decay", "position_based")) {
            for (int i = 0; i < answer.get("groups").size(); i++) {
                assertThat(chart.get("series").get(model).get(i).asDouble()).as(model)
                        .isEqualTo(answer.get("groups").get(i).get("models").get(model).get("conversions").asDouble());
            }
        }
        assertThat(Double.parseDouble(browser.values("[data-kpi]", "data-kpi").get("unattributed")))
                .isEqualTo(answer.get("unattributed").get("conversions").asDouble());
        return answer;
    }

    @Test
    void cohortMatrixHoldsTheApiSharesAndFollowsTheActivity() throws Exception {
        browser.goTo("cohorts");
        JsonNode opens = assertCohortsMatchApi();

        browser.choose("cohorts", "period", "day");
        browser.choose("cohorts", "activity", "click");

        assertThat(browser.requests("cohorts").get(0)).contains("activity=click", "period=day");
        JsonNode clicks = assertCohortsMatchApi();
        assertThat(clicks.get("cohorts").size()).isGreaterThan(opens.get("cohorts").size());
        assertNoConsoleErrors();
    }

    private static JsonNode assertCohortsMatchApi() throws Exception {
        assertThat(browser.state("cohorts")).isEqualTo("ready");
        JsonNode answer = api(browser.requests("cohorts").get(0));
        assertThat(answer.get("cohorts").size()).isPositive();
        List<Map<String, String>> rows = browser.table("cohorts");
        JsonNode chart = browser.chart("cohorts-retention");
        assertThat(rows).hasSize(answer.get("cohorts").size());
        for (int c = 0; c < rows.size(); c++) {
            JsonNode cohort = answer.get("cohorts").get(c);
            assertThat(rows.get(c).get("start")).isEqualTo(cohort.get("start").asText());
            assertThat(rows.get(c).get("size")).isEqualTo(cohort.get("size").asText());
            for (JsonNode cell : cohort.get("periods")) {
                int k = cell.get("period").asInt();
                assertThat(Double.parseDouble(rows.get(c).get("k" + k))).isEqualTo(cell.get("share").asDouble());
                assertThat(chart.get("series").get(cohort.get("start").asText()).get(k).asDouble())
                        .isEqualTo(cell.get("share").asDouble());
            }
        }
        return answer;
    }

    @Test
    void campaignsPageHoldsTheListComparisonAndAbTestOfTheApi() throws Exception {
        browser.goTo("campaigns");
        assertThat(browser.state("campaigns")).isEqualTo("ready");
        List<String> requests = browser.requests("campaigns");
        assertThat(requests).hasSize(3);
        JsonNode list = api(requests.get(0));
        List<Map<String, String>> rows = browser.table("campaigns");
        assertThat(rows).hasSize(list.get("campaigns").size()).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode campaign = list.get("campaigns").get(i);
            assertThat(rows.get(i).get("campaign_id")).isEqualTo(campaign.get("campaign_id").asText());
            assertThat(rows.get(i).get("sends")).isEqualTo(campaign.get("sends").asText());
            assertThat(Double.parseDouble(rows.get(i).get("reply_rate"))).isEqualTo(campaign.get("reply_rate").asDouble());
        }
        JsonNode comparison = api(requests.get(1));
        assertThat(requests.get(1)).contains("campaign_id=" + list.get("campaigns").get(0).get("campaign_id").asText());
        JsonNode sends = browser.chart("compare-sends").get("series");
        for (JsonNode line : comparison.get("series")) {
            for (int i = 0; i < line.get("points").size(); i++) {
                assertThat(sends.get(line.get("campaign_id").asText()).get(i).asLong())
                        .isEqualTo(line.get("points").get(i).get("sends").asLong());
            }
        }
        JsonNode ab = api(requests.get(2));
        assertThat(browser.values("[data-kpi]", "data-kpi").get("verdict"))
                .isEqualTo(ab.get("verdict").asText().replace('_', ' '));
        List<Map<String, String>> variants = browser.table("ab-variants");
        assertThat(variants).hasSize(ab.get("variants").size());
        for (int i = 0; i < variants.size(); i++) {
            JsonNode variant = ab.get("variants").get(i);
            assertThat(variants.get(i).get("sends")).isEqualTo(variant.get("sends").asText());
            assertThat(Double.parseDouble(variants.get(i).get("probability_best")))
                    .isEqualTo(variant.get("probability_best").asDouble());
        }

        browser.choose("campaigns", "ab_metric", "open");

        assertThat(browser.requests("campaigns").get(2)).contains("metric=open");
        JsonNode opens = api(browser.requests("campaigns").get(2));
        assertThat(Double.parseDouble(browser.table("ab-variants").get(0).get("rate")))
                .isEqualTo(opens.get("variants").get(0).get("rate").asDouble())
                .isNotEqualTo(ab.get("variants").get(0).get("rate").asDouble());
        assertNoConsoleErrors();
    }

    @Test
    void deliverabilityDetailHoldsBouncesAndHealthOfTheApi() throws Exception {
        browser.goTo("deliverability");
        List<String> requests = browser.requests("deliverability");
        assertThat(requests).hasSize(4);
        JsonNode bounces = api(requests.get(1));
        List<Map<String, String>> rows = browser.table("bounces");
        assertThat(rows).hasSize(bounces.get("rows").size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("bounced")).isEqualTo(bounces.get("rows").get(i).get("bounced").asText());
            assertThat(rows.get(i).get("bounce_status"))
                    .isEqualTo(bounces.get("rows").get(i).get("bounce_status").asText());
        }
        JsonNode health = api(requests.get(3));
        List<Map<String, String>> scores = browser.table("health");
        assertThat(scores).hasSize(health.get("scopes").size()).isNotEmpty();
        assertThat(scores).extracting(row -> row.get("status")).contains("critical", "healthy");
        for (int i = 0; i < scores.size(); i++) {
            assertThat(scores.get(i).get("score")).isEqualTo(health.get("scopes").get(i).get("score").asText());
        }
        assertNoConsoleErrors();
    }

    @Test
    void botFilteringPageHoldsTheClassesOfTheApiAndFollowsTheCampaignFilter() throws Exception {
        browser.goTo("bot-filtering");
        JsonNode all = assertBotFilteringMatchesApi();
        assertThat(all.get("opens").get("filtered").asLong()).isPositive();

        browser.setFilter("campaign_id", campaigns.get(0));
        browser.apply("bot-filtering");

        JsonNode one = assertBotFilteringMatchesApi();
        assertThat(one.get("opens").get("total").asLong()).isLessThan(all.get("opens").get("total").asLong());
        assertNoConsoleErrors();
    }

    private static JsonNode assertBotFilteringMatchesApi() throws Exception {
        assertThat(browser.state("bot-filtering")).isEqualTo("ready");
        JsonNode answer = api(browser.requests("bot-filtering").get(0));
        Map<String, String> totals = browser.values("[data-kpi]", "data-kpi");
        assertThat(totals.get("opens_total")).isEqualTo(answer.get("opens").get("total").asText());
        assertThat(totals.get("clicks_filtered")).isEqualTo(answer.get("clicks").get("filtered").asText());
        JsonNode chart = browser.chart("bot-classes");
        for (JsonNode row : answer.get("opens").get("classes")) {
            int index = indexOf(chart.get("labels"), row.get("engagement_class").asText());
            assertThat(chart.get("series").get("opens").get(index).asLong()).isEqualTo(row.get("events").asLong());
        }
        assertThat(browser.table("bot-filtering")).hasSize(answer.get("reasons").size());
        return answer;
    }

    @Test
    void alertsPageListsTheApiAlertsAndFollowsTheStatus() throws Exception {
        browser.goTo("alerts");
        JsonNode all = api(browser.requests("alerts").get(0));
        assertThat(browser.table("alerts")).extracting(row -> row.get("rule_name"))
                .containsExactlyElementsOf(names(all.get("alerts"), "rule_name")).hasSize(3);

        browser.choose("alerts", "alert_status", "firing");

        assertThat(browser.requests("alerts").get(0)).contains("status=firing");
        JsonNode firing = api(browser.requests("alerts").get(0));
        assertThat(browser.table("alerts")).extracting(row -> row.get("state"))
                .hasSize(firing.get("alerts").size()).hasSize(2).containsOnly("firing");
        assertNoConsoleErrors();
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.get(field).asText()));
        return names;
    }

    private static int indexOf(JsonNode labels, String label) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).asText().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " not among the chart's labels " + labels);
    }

    @Test
    void everyPageDrawsWithoutConsoleErrorsOnALaptopAndAPhone() throws Exception {
        for (String page : PAGES) {
            browser.goTo(page);
            assertThat(browser.state(page)).as(page).isEqualTo("ready");
            assertNoConsoleErrors();
            browser.screenshot(page + "-laptop");
        }
        browser.emulatePhone(390, 844);
        for (String page : PAGES) {
            browser.goTo(page);
            assertThat(browser.state(page)).as(page).isEqualTo("ready");
            assertThat(browser.horizontalOverflow())
                    .as(page + " overflows a 390 px wide phone: " + browser.elementsPastTheRightEdge()).isZero();
            browser.screenshot(page + "-phone");
        }
        assertNoConsoleErrors();
        try (var screenshots = Files.list(Path.of(System.getProperty("penguinmails.screenshots",
                "target/screenshots")))) {
            assertThat(screenshots.map(path -> path.getFileName().toString()).toList())
                    .contains("overview-laptop.png", "alerts-phone.png");
        }
    }

    @Test
    void showsTheApiMessageForARefusedQuery() {
        browser.setRange(TO, FROM, "UTC");
        browser.apply("overview");

        assertThat(browser.state("overview")).isEqualTo("error");
        assertThat(browser.driver().findElement(By.id("error")).getText()).contains("400");
    }

    private static List<String> keys(JsonNode deliverability) {
        List<String> keys = new ArrayList<>();
        deliverability.get("groups").forEach(group -> keys.add(group.get("key").asText()));
        return keys;
    }

    private static void assertNoConsoleErrors() {
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The API's JSON for a URL the page called, fetched independently with the same key. */
    private static JsonNode api(String pathAndQuery) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
                .header("Authorization", "Bearer " + ACME_KEY)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + app.getLocalPort();
    }
}
