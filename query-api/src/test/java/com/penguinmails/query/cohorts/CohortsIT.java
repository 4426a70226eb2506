package com.penguinmails.query.cohorts;

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
import com.penguinmails.query.QueryApiApplication;
import com.penguinmails.query.QueryApiConfiguration;
import com.penguinmails.query.request.QueryParameters;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.client.ClientProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Boots the query API on the embedded ClickHouse, stores generated traffic of two tenants in {@code events} in
 * batches, as the stream job's sink does (deduplication token per batch; the V0006 view fills
 * {@code cohort_activity}), and compares the API's retention matrix cell by cell with {@link ReferenceCohorts}, for
 * every activity, cohort basis, period, three time zones, one campaign and all.
 */
@ExtendWith(EmbeddedStackExtension.class)
class CohortsIT {

    private static final String DATABASE = "cohorts_api_it";
    private static final String ACME_KEY = "acme-query-key";
    private static final String GLOBEX_KEY = "globex-query-key";
    private static final String FROM = "2026-08-01T00:00:00Z";
    private static final String TO = "2026-10-20T00:00:00Z";
    private static final int BATCH = 400;
    private static final List<String> ZONES = List.of("UTC", "Asia/Kolkata", "America/New_York");
    private static final Map<CohortPeriod, Integer> PERIODS =
            Map.of(CohortPeriod.DAY, 35, CohortPeriod.WEEK, 16, CohortPeriod.MONTH, 5);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The machine may be shared with many builds; a slow answer is not what these tests are about. */
    private static final int READ_TIMEOUT_MS = 120_000;

    private static DropwizardAppExtension<QueryApiConfiguration> app;
    private static Client fixtureClient;
    private static List<StoredEvent> acme;
    private static List<StoredEvent> globex;

    @BeforeAll
    static void loadTrafficAndStart(EmbeddedStack stack) throws Exception {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        factory.setDatabase(DATABASE);
        fixtureClient = factory.build();
        new ClickHouseMigrator(fixtureClient, DATABASE).migrate();
        fixtureClient.queryAll("TRUNCATE TABLE events");
        fixtureClient.queryAll("TRUNCATE TABLE cohort_activity");

        acme = GeneratedCohortTraffic.of("acme", 5, 9_000);
        // globex holds acme's contacts and campaigns three days earlier plus its own conversions: were it to leak into
        // acme's answer, cohorts and values would move.
        globex = new ArrayList<>();
        for (StoredEvent event : acme.subList(0, 3_000)) {
            globex.add(new StoredEvent("globex", "g" + event.eventId(), event.type(),
                    event.occurredAt().minus(Duration.ofDays(3)), event.campaignId(), event.contactId(),
                    event.engagementClass(), event.autoReply(), event.currency(), event.value()));
        }
        insertInBatches(acme, "acme");
        insertInBatches(globex, "globex");

        app = new DropwizardAppExtension<>(QueryApiApplication.class,
                ResourceHelpers.resourceFilePath("query-api-test.yml"),
                ConfigOverride.config("clickHouse.url", stack.clickHouse().httpUrl()),
                ConfigOverride.config("clickHouse.database", DATABASE),
                ConfigOverride.config("cohortMatrices.refreshAfter", "1 second"),
                ConfigOverride.config("cohortMatrices.maxAge", "10 minutes"));
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

    @Test
    void everyMatrixEqualsTheComputationFromTheRawEvents() throws Exception {
        String campaign = acme.stream().filter(e -> e.type().equals("send")).findFirst().orElseThrow().campaignId();
        int compared = 0;
        for (CohortActivity activity : CohortActivity.values()) {
            for (CohortBasis basis : CohortBasis.values()) {
                for (CohortPeriod period : CohortPeriod.values()) {
                    for (String zone : ZONES) {
                        for (String campaignId : new String[] {null, campaign}) {
                            Map<String, String> parameters = parameters(activity, basis, period, zone, campaignId);
                            assertMatrix(ACME_KEY, "acme", parameters, acme);
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(4 * 2 * 3 * 3 * 2);
    }

    /** The generated data must exercise what the comparison claims to check. */
    @Test
    void trafficHoldsRetentionLateEventsAndValuesInTwoCurrencies() {
        List<ReferenceCohorts.Row> opens = ReferenceCohorts.compute(acme,
                request("acme", parameters(CohortActivity.OPEN, CohortBasis.FIRST_SEND, CohortPeriod.WEEK, "UTC", null)));
        assertThat(opens).hasSizeGreaterThan(5);
        assertThat(opens.stream().mapToLong(row -> row.active()[3]).sum()).isPositive();
        List<ReferenceCohorts.Row> conversions = ReferenceCohorts.compute(acme, request("acme",
                parameters(CohortActivity.CONVERSION, CohortBasis.FIRST_SEND, CohortPeriod.MONTH, "UTC", null)));
        assertThat(conversions.stream().flatMap(row -> row.value().get(4).keySet().stream()).distinct())
                .containsExactlyInAnyOrder("EUR", "USD");
        assertThat(acme).anyMatch(e -> e.eventId().endsWith("-late"))
                .anyMatch(StoredEvent::humanReply)
                .anyMatch(e -> e.type().equals("reply") && e.autoReply());
    }

    @Test
    void aBatchStoredAgainLeavesEveryMatrixUnchanged() throws Exception {
        // Ranges off the kept matrices' grid: every answer is counted when asked.
        Map<String, String> opens = ragged(parameters(CohortActivity.OPEN, CohortBasis.FIRST_ENGAGEMENT,
                CohortPeriod.DAY, "Asia/Kolkata", null));
        Map<String, String> conversions = ragged(parameters(CohortActivity.CONVERSION, CohortBasis.FIRST_SEND,
                CohortPeriod.WEEK, "UTC", null));
        JsonNode opensBefore = get(ACME_KEY, opens);
        JsonNode conversionsBefore = get(ACME_KEY, conversions);
        long rowsBefore = count("SELECT count() FROM events WHERE tenant_id = 'acme'");

        // The sink's replay after a failure: the same batch with the same token. Then the same events again in a
        // different batch (no token): the events table keeps them until a merge, the cohort table never counts them.
        insert(acme.subList(BATCH, 2 * BATCH), "acme-1");
        assertThat(count("SELECT count() FROM events WHERE tenant_id = 'acme'")).isEqualTo(rowsBefore);
        insert(acme.subList(2 * BATCH + 7, 3 * BATCH), null);

        assertThat(get(ACME_KEY, opens).get("cohorts")).isEqualTo(opensBefore.get("cohorts"));
        assertThat(get(ACME_KEY, conversions).get("cohorts")).isEqualTo(conversionsBefore.get("cohorts"));
        assertMatrix(ACME_KEY, "acme", opens, acme);
    }

    /** A millisecond-ragged range is answered by a query of its own, exactly, partial first and last cohorts included. */
    @Test
    void everyActivityOverARaggedRangeEqualsTheComputationFromTheRawEvents() throws Exception {
        for (CohortActivity activity : CohortActivity.values()) {
            for (String zone : List.of("Asia/Kolkata", "America/New_York")) {
                Map<String, String> parameters =
                        ragged(parameters(activity, CohortBasis.FIRST_SEND, CohortPeriod.WEEK, zone, null));
                assertMatrix(ACME_KEY, "acme", parameters, acme);
                assertThat(Instant.parse(get(ACME_KEY, parameters).get("as_of").asText()))
                        .isAfter(Instant.now().minusSeconds(60));
            }
        }
    }

    /**
     * A kept matrix is served until its refresh (1 second here) and then shows what arrived meanwhile: a contact first
     * sent after every other test's range, so that no other test sees it.
     */
    @Test
    void aKeptMatrixShowsNewContactsAfterItsRefresh() throws Exception {
        Map<String, String> late = parameters(CohortActivity.CONVERSION, CohortBasis.FIRST_SEND, CohortPeriod.WEEK,
                "UTC", null);
        late.put("from", TO);
        late.put("to", "2026-11-16T00:00:00Z");
        JsonNode before = get(ACME_KEY, late);
        Instant firstAsOf = Instant.parse(before.get("as_of").asText());
        List<StoredEvent> newcomer = List.of(
                new StoredEvent("acme", "refresh-send", "send", Instant.parse("2026-11-03T10:00:00Z"), "c-refresh",
                        "ct-refresh", "", false, "", BigDecimal.ZERO),
                new StoredEvent("acme", "refresh-conversion", "conversion", Instant.parse("2026-11-04T10:00:00Z"), "",
                        "ct-refresh", "", false, "EUR", new BigDecimal("12.5")));
        insert(newcomer, "acme-refresh");
        Instant inserted = Instant.now();

        // A recomputation started before the insert (the matrix may be older than a second already) does not count.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        JsonNode after = get(ACME_KEY, late);
        while (!Instant.parse(after.get("as_of").asText()).isAfter(inserted) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            after = get(ACME_KEY, late);
        }

        assertThat(Instant.parse(after.get("as_of").asText())).isAfter(inserted).isAfter(firstAsOf);
        assertThat(after.get("cohorts")).isNotEqualTo(before.get("cohorts"));
        List<StoredEvent> withNewcomer = new ArrayList<>(acme);
        withNewcomer.addAll(newcomer);
        assertMatrix(ACME_KEY, "acme", late, withNewcomer);
    }

    @Test
    void aTenantSeesOnlyItsOwnContacts() throws Exception {
        Map<String, String> parameters =
                parameters(CohortActivity.CONVERSION, CohortBasis.FIRST_SEND, CohortPeriod.WEEK, "UTC", null);
        assertMatrix(GLOBEX_KEY, "globex", parameters, globex);
        assertThat(get(GLOBEX_KEY, parameters).get("cohorts")).isNotEqualTo(get(ACME_KEY, parameters).get("cohorts"));
    }

    @Test
    void rejectsBadParametersAndMissingKeys() throws Exception {
        Map<String, String> good =
                parameters(CohortActivity.OPEN, CohortBasis.FIRST_SEND, CohortPeriod.WEEK, "UTC", null);
        assertBadRequest(with(good, "tz", "+05:30"), "tz must be an IANA time zone");
        assertBadRequest(with(good, "period", "year"), "period must be one of day, week, month");
        assertBadRequest(with(good, "cohort_by", "first_open"), "cohort_by must be one of");
        assertBadRequest(with(good, "activity", "bounce"), "activity must be one of open, click, reply, conversion");
        assertBadRequest(with(good, "periods", "0"), "periods must be from 1 to 400");
        assertBadRequest(with(good, "periods", "many"), "periods must be a whole number");
        assertBadRequest(with(good, "tenant_id", "globex"), "unknown query parameter");
        assertBadRequest(with(good, "campaign_id", ""), "campaign_id must not be empty");
        try (Response response = app.client().target(url(good)).request().get()) {
            assertThat(response.getStatus()).isEqualTo(401);
        }
    }

    private static void assertMatrix(String key, String tenant, Map<String, String> parameters,
            List<StoredEvent> events) throws Exception {
        CohortsRequest request = request(tenant, parameters);
        List<ReferenceCohorts.Row> expected = ReferenceCohorts.compute(events, request);
        JsonNode answer = get(key, parameters);
        JsonNode cohorts = answer.get("cohorts");
        String context = parameters.toString();
        assertThat(cohorts.size()).as(context).isEqualTo(expected.size());
        for (int c = 0; c < expected.size(); c++) {
            ReferenceCohorts.Row row = expected.get(c);
            JsonNode cohort = cohorts.get(c);
            String where = context + " cohort " + row.start();
            assertThat(cohort.get("start").asText()).as(where).isEqualTo(row.start().toString());
            assertThat(cohort.get("size").asLong()).as(where).isEqualTo(row.size());
            JsonNode cells = cohort.get("periods");
            assertThat(cells.size()).as(where).isEqualTo(request.periods());
            for (int k = 0; k < request.periods(); k++) {
                JsonNode cell = cells.get(k);
                String at = where + " k=" + k;
                assertThat(cell.get("active").asLong()).as(at).isEqualTo(row.active()[k]);
                assertThat(cell.get("active_unbounded").asLong()).as(at).isEqualTo(row.activeUnbounded()[k]);
                assertThat(cell.get("share").asDouble()).as(at).isEqualTo(share(row.active()[k], row.size()));
                assertThat(cell.get("share_unbounded").asDouble()).as(at)
                        .isEqualTo(share(row.activeUnbounded()[k], row.size()));
                assertThat(cell.get("start").asText()).as(at).isEqualTo(periodStart(row.start(), request.period(), k));
                assertThat(decimals(cell.get("value"))).as(at).isEqualTo(scaled(row.value().get(k)));
                Map<String, BigDecimal> ltv = new TreeMap<>();
                row.value().get(k).forEach((currency, amount) -> ltv.put(currency,
                        amount.divide(BigDecimal.valueOf(row.size()), 4, RoundingMode.HALF_UP)));
                assertThat(decimals(cell.get("ltv"))).as(at).isEqualTo(ltv);
            }
        }
    }

    private static String periodStart(LocalDate cohortStart, CohortPeriod period, int k) {
        return switch (period) {
            case DAY -> cohortStart.plusDays(k).toString();
            case WEEK -> cohortStart.plusWeeks(k).toString();
            case MONTH -> cohortStart.plusMonths(k).toString();
        };
    }

    private static double share(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }

    private static Map<String, BigDecimal> scaled(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> scaled = new TreeMap<>();
        values.forEach((currency, amount) -> scaled.put(currency, amount.setScale(4, RoundingMode.HALF_UP)));
        return scaled;
    }

    private static Map<String, BigDecimal> decimals(JsonNode object) {
        Map<String, BigDecimal> values = new TreeMap<>();
        object.fields().forEachRemaining(field ->
                values.put(field.getKey(), new BigDecimal(field.getValue().asText()).setScale(4, RoundingMode.HALF_UP)));
        return values;
    }

    private static Map<String, String> parameters(CohortActivity activity, CohortBasis basis, CohortPeriod period,
            String zone, String campaignId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", FROM);
        parameters.put("to", TO);
        parameters.put("tz", zone);
        parameters.put("period", period.wireName());
        parameters.put("cohort_by", basis.wireName());
        parameters.put("activity", activity.wireName());
        parameters.put("periods", Integer.toString(PERIODS.get(period)));
        if (campaignId != null) {
            parameters.put("campaign_id", campaignId);
        }
        return parameters;
    }

    /** The same question from a moment after {@code from} to a moment before {@code to}. */
    private static Map<String, String> ragged(Map<String, String> parameters) {
        Map<String, String> changed = with(parameters, "from", "2026-08-03T07:13:21.500Z");
        changed.put("to", "2026-10-17T16:48:09.250Z");
        return changed;
    }

    private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put(name, value);
        return changed;
    }

    private static CohortsRequest request(String tenant, Map<String, String> parameters) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, List.of(value)));
        return CohortsRequest.parse(tenant, new QueryParameters(values), Duration.ofDays(400));
    }

    private static String url(Map<String, String> parameters) {
        StringBuilder url = new StringBuilder("http://127.0.0.1:" + app.getLocalPort() + "/v1/analytics/cohorts");
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode get(String key, Map<String, String> parameters) throws Exception {
        try (Response response = app.client().target(url(parameters))
                .property(ClientProperties.READ_TIMEOUT, READ_TIMEOUT_MS).request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key).get()) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(200);
            return JSON.readTree(body);
        }
    }

    private static void assertBadRequest(Map<String, String> parameters, String messagePart) throws Exception {
        try (Response response = app.client().target(url(parameters)).request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ACME_KEY).get()) {
            String body = response.readEntity(String.class);
            assertThat(response.getStatus()).as(body).isEqualTo(400);
            assertThat(JSON.readTree(body).get("message").asText()).contains(messagePart);
        }
    }

    private static long count(String sql) {
        return fixtureClient.queryAll(sql).get(0).getLong(1);
    }

    private static void insertInBatches(List<StoredEvent> events, String tokenPrefix) throws Exception {
        for (int from = 0, batch = 0; from < events.size(); from += BATCH, batch++) {
            insert(events.subList(from, Math.min(events.size(), from + BATCH)), tokenPrefix + "-" + batch);
        }
    }

    private static void insert(List<StoredEvent> events, String token) throws Exception {
        StringBuilder body = new StringBuilder();
        for (StoredEvent event : events) {
            body.append(JSON.writeValueAsString(event.row())).append('\n');
        }
        InsertSettings settings = new InsertSettings()
                .serverSetting("insert_deduplicate", "1")
                .serverSetting("deduplicate_blocks_in_dependent_materialized_views", "1");
        if (token != null) {
            settings.setDeduplicationToken(token);
        }
        fixtureClient.insert("events", new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
                ClickHouseFormat.JSONEachRow, settings).get(60, TimeUnit.SECONDS).close();
    }

}
