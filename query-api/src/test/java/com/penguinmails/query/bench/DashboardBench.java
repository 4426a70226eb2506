package com.penguinmails.query.bench;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.GenericRecord;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.query.QueryApiApplication;
import com.penguinmails.query.QueryApiConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark, not a test: loads {@link SyntheticTraffic} for one measured tenant among several into the embedded
 * ClickHouse (through every materialized view), starts the real query API, then calls each dashboard endpoint from
 * {@code clients} concurrent HTTP clients and prints p50/p95/p99 per endpoint, per round and as the median of rounds.
 *
 * <p>Arguments (all optional): {@code --data=DIR} keeps the loaded data between runs (default
 * {@code target/dashboard-bench}; a tenant already holding its events is not loaded again), {@code --tenant-events=N}
 * (10,000,000), {@code --total-events=N} (50,000,000, spread evenly over the other tenants), {@code --tenants=N} (5),
 * {@code --clients=N} (16), {@code --requests=N} per endpoint and round (320), {@code --rounds=N} (3),
 * {@code --cache=off|on|both} (both: first with the query API's result cache off, then with its default freshness),
 * {@code --endpoints=NAME,NAME} (by the names printed; default every endpoint).
 */
public final class DashboardBench {

    private static final String DATABASE = "dashboard_bench";
    private static final String MEASURED_TENANT = "acme";
    private static final String MEASURED_KEY = "acme-query-key";
    private static final long CHUNK = 2_000_000;
    private static final String FROM = "2026-10-26T00:00:00Z";
    private static final String TO = "2026-11-25T00:00:00Z";
    private static final String RANGE = "from=" + FROM + "&to=" + TO;

    /** What each dashboard page asks for on load, by name; the measured tenant's last 30 days. */
    private static final Map<String, String> ENDPOINTS = endpoints();

    private DashboardBench() {
    }

    private static Map<String, String> endpoints() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("overview", "/v1/analytics/overview?" + RANGE + "&tz=Europe/Berlin");
        endpoints.put("overview ragged range", "/v1/analytics/overview?from=2026-10-25T17:23:45.678Z"
                + "&to=2026-11-24T17:23:45.678Z&tz=Europe/Berlin");
        endpoints.put("overview campaign human", "/v1/analytics/overview?" + RANGE + "&campaign_id=c7&audience=human");
        endpoints.put("deliverability provider", "/v1/analytics/deliverability?" + RANGE + "&group_by=provider");
        endpoints.put("deliverability mailbox", "/v1/analytics/deliverability?" + RANGE + "&group_by=mailbox");
        endpoints.put("bounces by provider", "/v1/analytics/deliverability/bounces?" + RANGE + "&group_by=provider");
        endpoints.put("deliverability series", "/v1/analytics/deliverability/series?" + RANGE);
        endpoints.put("health domains", "/v1/analytics/health?" + RANGE + "&scope=domain");
        endpoints.put("heatmap", "/v1/analytics/heatmap?" + RANGE);
        endpoints.put("campaigns", "/v1/analytics/campaigns?" + RANGE);
        endpoints.put("campaigns compare", "/v1/analytics/campaigns/compare?" + RANGE
                + "&campaign_id=c1&campaign_id=c2&interval=day");
        endpoints.put("a/b test", "/v1/analytics/campaigns/c7/ab?" + RANGE);
        endpoints.put("attribution", "/v1/analytics/attribution?" + RANGE + "&group_by=campaign");
        endpoints.put("cohorts", "/v1/analytics/cohorts?from=2026-08-31T00:00:00Z&to=" + TO + "&period=week");
        endpoints.put("bot filtering", "/v1/analytics/bot-filtering?" + RANGE);
        endpoints.put("alerts", "/v1/analytics/alerts?" + RANGE);
        return endpoints;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path data = Path.of(options.getOrDefault("data", "target/dashboard-bench"));
        long tenantEvents = Long.parseLong(options.getOrDefault("tenant-events", "10000000"));
        long totalEvents = Long.parseLong(options.getOrDefault("total-events", "50000000"));
        int tenants = Integer.parseInt(options.getOrDefault("tenants", "5"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "320"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        Map<String, String> endpoints = selected(options.get("endpoints"));
        Files.createDirectories(data);

        try (EmbeddedStack stack = EmbeddedStack.under(data)) {
            String clickHouseUrl = stack.clickHouse().httpUrl();
            ClickHouseFactory factory = new ClickHouseFactory();
            factory.setUrl(clickHouseUrl);
            factory.setDatabase(DATABASE);
            factory.setSocketTimeoutMs(3_600_000);
            try (Client client = factory.build()) {
                new ClickHouseMigrator(client, DATABASE).migrate();
                List<String> others = new ArrayList<>();
                for (int t = 2; t <= tenants; t++) {
                    others.add(String.format(Locale.ROOT, "tenant%02d", t));
                }
                loadTenant(client, MEASURED_TENANT, tenantEvents);
                long otherEvents = others.isEmpty() ? 0 : (totalEvents - tenantEvents) / others.size();
                for (String other : others) {
                    loadTenant(client, other, otherEvents);
                }
                awaitMutations(client);
                printSize(client);
            }
            for (String freshness : cacheModes(options.getOrDefault("cache", "both"))) {
                System.out.printf(Locale.ROOT, "%nresult cache freshness %s%n", freshness);
                DropwizardTestSupport<QueryApiConfiguration> app = new DropwizardTestSupport<>(
                        QueryApiApplication.class, ResourceHelpers.resourceFilePath("query-api-test.yml"),
                        ConfigOverride.config("clickHouse.url", clickHouseUrl),
                        ConfigOverride.config("clickHouse.database", DATABASE),
                        ConfigOverride.config("queryTimeout", "120 seconds"),
                        ConfigOverride.config("resultCache.freshness", freshness));
                app.before();
                try {
                    measure("http://127.0.0.1:" + app.getLocalPort(), endpoints, clients, requests, rounds);
                } finally {
                    app.after();
                }
            }
        }
    }

    /** Off measures every request reaching ClickHouse; on, the default 5 s reuse with concurrent calls joined. */
    private static List<String> cacheModes(String choice) {
        return switch (choice) {
            case "off" -> List.of("0s");
            case "on" -> List.of("5 seconds");
            case "both" -> List.of("0s", "5 seconds");
            default -> throw new IllegalArgumentException("--cache must be off, on or both; got " + choice);
        };
    }

    private static void loadTenant(Client client, String tenant, long events) {
        long messages = SyntheticTraffic.messagesFor(events);
        long present = single(client, "SELECT count() FROM events WHERE tenant_id = '" + tenant + "'");
        if (present > 0) {
            System.out.printf(Locale.ROOT, "%s: %,d events already loaded%n", tenant, present);
            return;
        }
        long started = System.nanoTime();
        for (long first = 0; first < messages; first += CHUNK) {
            SyntheticTraffic.load(client, tenant, first, Math.min(CHUNK, messages - first), messages / 3);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long loaded = single(client, "SELECT count() FROM events WHERE tenant_id = '" + tenant + "'");
        System.out.printf(Locale.ROOT, "%s: loaded %,d messages, %,d events in %.0f s (%,.0f events/s)%n",
                tenant, messages, loaded, seconds, loaded / seconds);
    }

    /** Waits for background mutations (a migration's MATERIALIZE PROJECTION) so the figures are of the final layout. */
    private static void awaitMutations(Client client) throws InterruptedException {
        long started = System.nanoTime();
        while (single(client, "SELECT count() FROM system.mutations WHERE database = '" + DATABASE
                + "' AND NOT is_done") > 0) {
            Thread.sleep(2_000);
        }
        System.out.printf(Locale.ROOT, "mutations done after %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void printSize(Client client) {
        System.out.println(SyntheticTraffic.describe());
        for (GenericRecord row : client.queryAll("SELECT table, toInt64(sum(rows)) AS rows,"
                + " toInt64(sum(bytes_on_disk)) AS bytes FROM system.parts WHERE database = '" + DATABASE
                + "' AND active GROUP BY table ORDER BY bytes DESC")) {
            System.out.printf(Locale.ROOT, "  %-28s %,14d rows %,10.1f MB%n", row.getString("table"),
                    row.getLong("rows"), row.getLong("bytes") / 1e6);
        }
    }

    private static Map<String, String> selected(String names) {
        if (names == null) {
            return ENDPOINTS;
        }
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (String name : names.split(",")) {
            String path = ENDPOINTS.get(name.strip());
            if (path == null) {
                throw new IllegalArgumentException("unknown endpoint '" + name + "'; known: " + ENDPOINTS.keySet());
            }
            endpoints.put(name.strip(), path);
        }
        return endpoints;
    }

    private static void measure(String base, Map<String, String> endpoints, int clients, int requests, int rounds)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<String, double[][]> results = new LinkedHashMap<>();
        try {
            for (int round = 1; round <= rounds; round++) {
                for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
                    URI uri = URI.create(base + endpoint.getValue());
                    run(http, pool, uri, clients, clients);
                    double[] millis = run(http, pool, uri, clients, requests);
                    double[] percentiles = {percentile(millis, 0.50), percentile(millis, 0.95), percentile(millis, 0.99)};
                    results.computeIfAbsent(endpoint.getKey(), name -> new double[rounds][])[round - 1] = percentiles;
                    System.out.printf(Locale.ROOT, "round %d %-26s p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms%n",
                            round, endpoint.getKey(), percentiles[0], percentiles[1], percentiles[2]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "%nmedian of %d rounds, %d clients, %d requests per endpoint and round:%n",
                rounds, clients, requests);
        results.forEach((name, perRound) -> System.out.printf(Locale.ROOT,
                "| %-26s | %8.1f ms | %8.1f ms | %8.1f ms |%n", name, medianOf(perRound, 0), medianOf(perRound, 1),
                medianOf(perRound, 2)));
    }

    /** Sends {@code requests} GETs from {@code clients} threads and returns each one's latency in milliseconds. */
    private static double[] run(HttpClient http, ExecutorService pool, URI uri, int clients, int requests)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + MEASURED_KEY)
                .timeout(Duration.ofSeconds(120)).GET().build();
        double[] millis = new double[requests];
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            workers.add(pool.submit(() -> {
                for (int i = client; i < requests; i += clients) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    millis[i] = (System.nanoTime() - start) / 1e6;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                                + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return millis;
    }

    private static double percentile(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(fraction * sorted.length) - 1];
    }

    private static double medianOf(double[][] perRound, int column) {
        double[] values = Arrays.stream(perRound).mapToDouble(row -> row[column]).sorted().toArray();
        return values[values.length / 2];
    }

    private static long single(Client client, String sql) {
        return client.queryAll(sql).get(0).getLong(1);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
