package com.penguinmails.query.cohorts;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.store.AnalyticsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Benchmark, not a test: loads synthetic traffic of N contacts of one tenant into {@code events} on the embedded
 * ClickHouse (so the V0006 view fills {@code cohort_activity}), prints the table's size, then times the cohort query
 * (the API's own {@link CohortsQuery} through {@link AnalyticsStore}) for several parameter choices.
 *
 * <p>Per contact (generated in ClickHouse from {@code numbers()}, cityHash64 of the contact number as the dice): one of
 * ten campaigns, a first send uniform over 120 days and two follow-ups 3 and 7 days later; a first open for 60 %
 * (one in seven of them Apple MPP), a second human open for 30 %, a click for 12 % (one in five a security scanner),
 * a reply for 5 % (one in three automatic), a conversion for 3 % (USD or EUR) — about 4.1 events per contact.
 *
 * <p>Arguments: contacts (default 1,000,000), rounds (3), queries per choice and round (20).
 */
public final class CohortsBench {

    private static final String TENANT = "bench";
    private static final int CHUNK = 250_000;
    private static final String LOAD = """
            INSERT INTO events (tenant_id, occurred_at, event_id, event_type, campaign_id, contact_id, engagement_class,
                                is_auto_reply, conversion_value, currency, link_index)
            SELECT 'bench', e.2, concat(toString(number), '-', toString(e.1)), e.3,
                   if(e.3 = 'conversion', '', concat('c', toString(number % 10))), concat('ct', toString(number)),
                   e.4, e.5, e.6, e.7, -1
            FROM (
                SELECT number, cityHash64(number) AS h,
                       toDateTime64('2026-06-01 00:00:00', 3, 'UTC') + toIntervalMillisecond(h % 10368000000) AS t0
                FROM numbers(FIRST_CONTACT, CONTACT_COUNT)
            )
            ARRAY JOIN arrayFilter(x -> x.1 >= 0, [
                (0, t0, 'send', '', false, toDecimal64(0, 4), ''),
                (1, t0 + toIntervalDay(3), 'send', '', false, toDecimal64(0, 4), ''),
                (2, t0 + toIntervalDay(7), 'send', '', false, toDecimal64(0, 4), ''),
                (if(h % 100 < 60, 3, -1), t0 + toIntervalMinute(30 + bitShiftRight(h, 8) % 43200), 'open',
                    if(bitShiftRight(h, 16) % 7 = 0, 'apple_mpp', 'human'), false, toDecimal64(0, 4), ''),
                (if(h % 100 < 30, 4, -1), t0 + toIntervalMinute(60 + bitShiftRight(h, 20) % 86400), 'open', 'human', false,
                    toDecimal64(0, 4), ''),
                (if(h % 100 < 12, 5, -1), t0 + toIntervalMinute(90 + bitShiftRight(h, 24) % 86400), 'click',
                    if(bitShiftRight(h, 28) % 5 = 0, 'security_scanner', 'human'), false, toDecimal64(0, 4), ''),
                (if(h % 100 < 5, 6, -1), t0 + toIntervalMinute(600 + bitShiftRight(h, 32) % 43200), 'reply', '',
                    bitShiftRight(h, 36) % 3 = 0, toDecimal64(0, 4), ''),
                (if(h % 100 < 3, 7, -1), t0 + toIntervalMinute(1440 + bitShiftRight(h, 40) % 129600), 'conversion', '', false,
                    toDecimal64((bitShiftRight(h, 44) % 1000000) / 100, 4), if(bitShiftRight(h, 50) % 2 = 0, 'USD', 'EUR'))
            ]) AS e""";

    private CohortsBench() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path root = Files.createTempDirectory("cohorts-bench");
        try (EmbeddedStack stack = EmbeddedStack.under(root)) {
            ClickHouseFactory factory = new ClickHouseFactory();
            factory.setUrl(stack.clickHouse().httpUrl());
            factory.setDatabase("cohorts_bench");
            factory.setSocketTimeoutMs(600_000);
            try (Client client = factory.build()) {
                new ClickHouseMigrator(client, "cohorts_bench").migrate();
                long started = System.nanoTime();
                for (int from = 0; from < contacts; from += CHUNK) {
                    client.queryAll(LOAD.replace("FIRST_CONTACT", Integer.toString(from))
                            .replace("CONTACT_COUNT", Integer.toString(Math.min(CHUNK, contacts - from))));
                }
                double loadSeconds = (System.nanoTime() - started) / 1e9;
                long events = single(client, "SELECT count() FROM events");
                System.out.printf(Locale.ROOT, "loaded %,d contacts, %,d events in %.1f s (%,.0f events/s)%n",
                        contacts, events, loadSeconds, events / loadSeconds);
                printSize(client, contacts, "as loaded");

                AnalyticsStore store = new AnalyticsStore(client, Duration.ofSeconds(120));
                List<CohortsRequest> choices = choices();
                runRounds(store, choices, rounds, queries);
                client.queryAll("OPTIMIZE TABLE cohort_activity FINAL");
                printSize(client, contacts, "after OPTIMIZE FINAL");
            }
        }
    }

    private static List<CohortsRequest> choices() {
        TimeRange range = new TimeRange(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-10-01T00:00:00Z"));
        return List.of(
                new CohortsRequest(TENANT, range, ZoneId.of("UTC"), CohortPeriod.WEEK, CohortBasis.FIRST_SEND,
                        CohortActivity.OPEN, Optional.empty(), 12),
                new CohortsRequest(TENANT, range, ZoneId.of("Europe/Berlin"), CohortPeriod.MONTH,
                        CohortBasis.FIRST_ENGAGEMENT, CohortActivity.CLICK, Optional.empty(), 6),
                new CohortsRequest(TENANT, range, ZoneId.of("Asia/Kolkata"), CohortPeriod.DAY, CohortBasis.FIRST_SEND,
                        CohortActivity.CONVERSION, Optional.empty(), 60),
                new CohortsRequest(TENANT, range, ZoneId.of("America/New_York"), CohortPeriod.WEEK,
                        CohortBasis.FIRST_SEND, CohortActivity.REPLY, Optional.of("c3"), 12));
    }

    private static void runRounds(AnalyticsStore store, List<CohortsRequest> choices, int rounds, int queries) {
        double[][] p50 = new double[choices.size()][rounds];
        double[][] p95 = new double[choices.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int c = 0; c < choices.size(); c++) {
                CohortsRequest request = choices.get(c);
                double[] millis = new double[queries];
                for (int q = 0; q < queries; q++) {
                    long start = System.nanoTime();
                    Duration sliceLength = CohortSlices.sliceLength(request.zone());
                    List<GenericRecord> rows = store.fetch(CohortsQuery.build(request, sliceLength));
                    new CohortSlices(Instant.now(), CohortsQuery.read(rows, sliceLength)).cohorts();
                    millis[q] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                p50[c][round] = millis[(int) Math.ceil(0.50 * queries) - 1];
                p95[c][round] = millis[(int) Math.ceil(0.95 * queries) - 1];
                System.out.printf(Locale.ROOT, "round %d %-60s p50 %7.1f ms  p95 %7.1f ms%n", round + 1,
                        describe(request), p50[c][round], p95[c][round]);
            }
        }
        for (int c = 0; c < choices.size(); c++) {
            System.out.printf(Locale.ROOT, "median of rounds %-51s p50 %7.1f ms  p95 %7.1f ms%n",
                    describe(choices.get(c)), median(p50[c]), median(p95[c]));
        }
    }

    private static void printSize(Client client, int contacts, String when) {
        List<GenericRecord> rows = client.queryAll("""
                SELECT table, toInt64(sum(rows)) AS rows, toInt64(sum(bytes_on_disk)) AS bytes, toInt64(count()) AS parts
                FROM system.parts WHERE database = 'cohorts_bench' AND active AND table IN ('events', 'cohort_activity')
                GROUP BY table ORDER BY table""");
        for (GenericRecord row : rows) {
            System.out.printf(Locale.ROOT, "%s: %-15s %,d rows, %,d parts, %.1f MB on disk = %.1f MB per million contacts%n",
                    when, row.getString("table"), row.getLong("rows"), row.getLong("parts"),
                    row.getLong("bytes") / 1e6, row.getLong("bytes") / 1e6 / (contacts / 1e6));
        }
    }

    private static String describe(CohortsRequest request) {
        return request.period().wireName() + "/" + request.basis().wireName() + "/" + request.activity().wireName()
                + "/" + request.zone().getId() + "/" + request.campaignId().orElse("all") + "/" + request.periods();
    }

    private static long single(Client client, String sql) {
        return client.queryAll(sql).get(0).getLong(1);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
