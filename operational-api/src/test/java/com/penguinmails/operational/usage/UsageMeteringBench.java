package com.penguinmails.operational.usage;

import com.clickhouse.client.api.Client;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.clickhouse.Migration;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.operational.TestDatabases;
import com.penguinmails.operational.billing.FakeStripe;
import com.penguinmails.operational.billing.PostgresBillingAccounts;
import com.penguinmails.operational.notifications.RetrySchedule;
import com.penguinmails.operational.schema.SchemaMigrator;
import com.stripe.StripeClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Measures usage metering over a month of events for 1,000 workspaces (250 organisations of 4 workspaces) in the real
 * embedded ClickHouse engine: the whole platform's usage per workspace in one scan, every organisation's usage by its
 * own query (what reporting and the usage endpoint run), and a full reporting cycle (PostgreSQL subscriptions, the
 * ClickHouse queries, one meter event per organisation to the local Stripe fake, the bookkeeping), the first one
 * reporting everything and a second with nothing new. Each three times; prints every run and the median.
 *
 * <p>Data: {@code sends} send events spread evenly over the 30 days before now, one in a hundred stored twice (as the
 * stream job's at-least-once paths would), plus {@code sends / 10} opens, generated inside ClickHouse.
 *
 * <p>Run (see USAGE.md): {@code java ... UsageMeteringBench [sends=10000000]}.
 */
public final class UsageMeteringBench {

    private static final int WORKSPACES = 1_000;
    private static final int WORKSPACES_PER_ORGANISATION = 4;
    private static final int ORGANISATIONS = WORKSPACES / WORKSPACES_PER_ORGANISATION;
    private static final String DATABASE = "usage_bench";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private UsageMeteringBench() {
    }

    public static void main(String[] args) throws Exception {
        long sends = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant start = now.minus(Duration.ofDays(30));
        Path dir = Files.createTempDirectory("usage-bench");
        try (EmbeddedStack stack = EmbeddedStack.under(dir)) {
            ClickHouseFactory factory = new ClickHouseFactory();
            factory.setUrl(stack.clickHouse().httpUrl());
            factory.setDatabase(DATABASE);
            // Generating a million rows through the events table's materialized views can take minutes on a busy machine.
            factory.setSocketTimeoutMs(Duration.ofMinutes(30).toMillis());
            try (Client clickHouse = factory.build()) {
                // Only the events table and its columns: the materialized views of the later migrations (deliverability,
                // attribution, cohorts) make generating the month take far longer and play no part in metering.
                new ClickHouseMigrator(clickHouse, DATABASE, Migration.fromClasspath(Migration.PLATFORM_MIGRATIONS)
                        .stream().filter(migration -> migration.version() <= 2).toList()).migrate();
                long loadStarted = System.nanoTime();
                generate(clickHouse, start, now, sends);
                long rows = clickHouse.queryAll("SELECT count() AS n FROM " + DATABASE + ".events").get(0)
                        .getLong("n");
                System.out.printf(Locale.ROOT, "loaded %,d rows (%,d sends, 1%% stored twice, plus opens) in %.1f s%n",
                        rows, sends, seconds(System.nanoTime() - loadStarted));

                DataSource dataSource = TestDatabases.create(stack, DATABASE);
                new SchemaMigrator(dataSource).migrate();
                Jdbi jdbi = Jdbi.create(dataSource);
                seedSubscriptions(jdbi, start, now.plus(Duration.ofDays(1)));
                ClickHouseUsageMeter meter = new ClickHouseUsageMeter(clickHouse, DATABASE);

                long[] total = new long[1];
                report("all workspaces' usage, one scan", () -> {
                    Map<String, Map<String, Long>> all = meter.sentPerTenantAndWorkspace(start, now);
                    total[0] = all.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue)
                            .sum();
                    return all.values().stream().mapToInt(Map::size).sum();
                });
                System.out.printf(Locale.ROOT, "  counted %,d distinct sends (expected %,d)%n", total[0], sends);
                report("every organisation's usage, one query each", () -> {
                    long sum = 0;
                    for (int t = 0; t < ORGANISATIONS; t++) {
                        sum += meter.sent("bench-t-" + t, start, now);
                    }
                    total[0] = sum;
                    return ORGANISATIONS;
                });
                System.out.printf(Locale.ROOT, "  counted %,d distinct sends%n", total[0]);
                report("full reporting cycle, everything new", () -> {
                    jdbi.useHandle(handle -> handle.execute("DELETE FROM usage_reports"));
                    try (FakeStripe stripe = FakeStripe.start()) {
                        reporter(jdbi, meter, stripe).runOnce();
                        return stripe.meterEvents().size();
                    }
                });
                try (FakeStripe stripe = FakeStripe.start()) {
                    UsageReporter reporter = reporter(jdbi, meter, stripe);
                    reporter.runOnce();
                    report("full reporting cycle, nothing new", () -> {
                        reporter.runOnce();
                        return stripe.meterEvents().size();
                    });
                }
            }
        }
    }

    private static UsageReporter reporter(Jdbi jdbi, UsageMeter meter, FakeStripe stripe) {
        StripeClient client = StripeClient.builder().setApiKey("sk_test_bench").setApiBase(stripe.apiBase())
                .setMaxNetworkRetries(0).build();
        return new UsageReporter(jdbi, new PostgresBillingAccounts(), meter, new StripeMeterEvents(client,
                new RetrySchedule(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1), 3, 0),
                wait -> Thread.sleep(wait.toMillis())), "emails_sent", Duration.ofHours(1), Clock.systemUTC());
    }

    /** Generates the month inside ClickHouse, in chunks of at most 1M rows (one INSERT ... SELECT each). */
    private static void generate(Client clickHouse, Instant start, Instant end, long sends) throws Exception {
        long spanMillis = Duration.between(start, end).toMillis();
        long chunk = 1_000_000L;
        for (long offset = 0; offset < sends; offset += chunk) {
            insert(clickHouse, "send", start, spanMillis, sends, offset, Math.min(chunk, sends - offset), "");
        }
        for (long offset = 0; offset < sends; offset += chunk) {
            insert(clickHouse, "send", start, spanMillis, sends, offset, Math.min(chunk, sends - offset),
                    " WHERE number % 100 = 7");
        }
        long opens = sends / 10;
        for (long offset = 0; offset < opens; offset += chunk) {
            insert(clickHouse, "open", start, spanMillis, opens, offset, Math.min(chunk, opens - offset), "");
        }
    }

    private static void insert(Client clickHouse, String type, Instant start, long spanMillis, long count,
            long offset, long rows, String filter) throws Exception {
        String sql = "INSERT INTO " + DATABASE + ".events (tenant_id, occurred_at, event_id, event_type, received_at,"
                + " workspace_id, message_id, contact_id, link_index)"
                + " SELECT concat('bench-t-', toString(intDiv(number % " + WORKSPACES + ", "
                + WORKSPACES_PER_ORGANISATION + "))) AS tenant,"
                + " addMilliseconds(toDateTime64('" + DATE_TIME.format(start) + "', 3, 'UTC'), intDiv(number * "
                + spanMillis + ", " + count + ")) AS at,"
                + " concat('" + type.charAt(0) + "-', toString(number)), '" + type + "', at,"
                + " concat('bench-w-', toString(number % " + WORKSPACES + ")), concat('m-', toString(number)),"
                + " concat('c-', toString(number % 100000)), -1"
                + " FROM numbers(" + offset + ", " + rows + ")" + filter;
        clickHouse.execute(sql).get(30, TimeUnit.MINUTES).close();
    }

    private static void seedSubscriptions(Jdbi jdbi, Instant periodStart, Instant periodEnd) {
        jdbi.useHandle(handle -> {
            handle.execute("INSERT INTO tenants (id, name) SELECT 'bench-t-' || g, 'Bench ' || g"
                    + " FROM generate_series(0, " + (ORGANISATIONS - 1) + ") g");
            handle.createUpdate("""
                            INSERT INTO billing_subscriptions (stripe_subscription_id, tenant_id, stripe_customer_id,
                                plan_code, monthly_price, included_emails, overage_price_per_thousand, currency,
                                base_item_id, status, period_start, period_end, created_at, updated_at)
                            SELECT 'sub_bench_' || g, 'bench-t-' || g, 'cus_bench_' || g, 'growth', 99, 50000, 1.20,
                                'usd', 'si_bench_' || g, 'active', :start, :end, now(), now()
                            FROM generate_series(0, :last) g""")
                    .bind("start", Timestamp.from(periodStart)).bind("end", Timestamp.from(periodEnd))
                    .bind("last", ORGANISATIONS - 1).execute();
        });
    }

    private static void report(String name, LongSupplier run) {
        List<Double> runs = new ArrayList<>();
        long result = 0;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            result = run.getAsLong();
            runs.add(seconds(System.nanoTime() - started));
        }
        List<Double> sorted = new ArrayList<>(runs);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: runs %.3f / %.3f / %.3f s, median %.3f s (result %,d)%n", name,
                runs.get(0), runs.get(1), runs.get(2), sorted.get(1), result);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
