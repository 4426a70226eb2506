package com.penguinmails.launcher.bench;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertResponse;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseFormat;
import com.penguinmails.events.v1.Event;
import com.penguinmails.events.v1.EventType;
import com.penguinmails.launcher.LocalPlatform;
import com.penguinmails.launcher.LocalPlatformOptions;
import com.penguinmails.launcher.demo.DemoTenant;
import com.penguinmails.launcher.demo.DemoTrafficDriver;
import com.penguinmails.launcher.demo.EventPoster;
import com.penguinmails.launcher.demo.OverviewClient;
import com.penguinmails.traffic.GeneratedEvent;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficSettings;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;

/**
 * The end-to-end benchmark (a command, not a test): events per second from HTTP ingestion to rows in ClickHouse,
 * freshness (accepted by ingestion until visible in the query API) p50/p95 under that load, and the raw ClickHouse
 * insert rate of the same rows on the same machine.
 *
 * <p>Options: {@code --events=N} (default 1,000,000), {@code --clients=N} concurrent posting clients (default 8),
 * {@code --batch=N} events per request (default 1000), {@code --steady-rate=N} and {@code --steady-seconds=N} the
 * steady phase that measures freshness below saturation (default 2000 events/s for 30 s), {@code --data-dir=DIR}
 * (default: a new temporary directory).
 */
public final class EndToEndBenchmark {

    private static final String PROBE_TENANT = "t-freshness-probe";

    private EndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int totalEvents = 1_000_000;
        int clients = 8;
        int batchSize = 1000;
        int steadyRate = 2000;
        int steadySeconds = 30;
        Path dataDir = null;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--events=")) {
                totalEvents = Integer.parseInt(value);
            } else if (arg.startsWith("--clients=")) {
                clients = Integer.parseInt(value);
            } else if (arg.startsWith("--batch=")) {
                batchSize = Integer.parseInt(value);
            } else if (arg.startsWith("--steady-rate=")) {
                steadyRate = Integer.parseInt(value);
            } else if (arg.startsWith("--steady-seconds=")) {
                steadySeconds = Integer.parseInt(value);
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(value);
            } else {
                System.err.println("Unknown option " + arg);
                System.exit(2);
            }
        }
        if (dataDir == null) {
            dataDir = Files.createTempDirectory("penguinmails-bench");
        }

        TrafficSettings settings = TrafficSettings.defaults()
                .withStart(Instant.now().minus(Duration.ofDays(20)))
                .withSendsPerSecond(2000);
        List<String> tenantIds = new ArrayList<>(settings.tenantIds());
        tenantIds.add(PROBE_TENANT);
        Map<String, DemoTenant> byId = new HashMap<>();

        System.out.printf("Generating %,d events ...%n", totalEvents);
        List<Batch> batches = batches(new TrafficGenerator(settings).iterator(), totalEvents, batchSize);

        LocalPlatformOptions options = LocalPlatformOptions.defaults().withDataDir(dataDir).withBasePort(0)
                .withCheckpointInterval(Duration.ofSeconds(1));
        try (LocalPlatform platform = LocalPlatform.start(options, tenantIds)) {
            platform.tenants().forEach(tenant -> byId.put(tenant.name(), tenant));
            HttpClient http = HttpClient.newHttpClient();
            EventPoster poster = new EventPoster(http, platform.ingestionUri());
            FreshnessProbe probe = new FreshnessProbe(poster, new OverviewClient(http, platform.queryApiUri()),
                    byId.get(PROBE_TENANT));

            System.out.printf("Posting with %d clients, %d events per request ...%n", clients, batchSize);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            AtomicBoolean loading = new AtomicBoolean(true);
            Histogram saturatedFreshness = new Histogram(3_600_000L, 3);
            Thread probing = new Thread(() -> probe.runWhile(loading, saturatedFreshness), "freshness-probe");
            long start = System.nanoTime();
            probing.start();
            List<Future<?>> posts = new ArrayList<>();
            for (Batch batch : batches) {
                posts.add(pool.submit(() -> poster.post(byId.get(batch.tenantId()).apiKey(), batch.body())));
            }
            for (Future<?> post : posts) {
                post.get();
            }
            long accepted = System.nanoTime();
            long stored = waitForRows(platform.clickHouse(), totalEvents, start);
            loading.set(false);
            probing.join();
            pool.shutdown();

            double ingestSeconds = (accepted - start) / 1e9;
            double endToEndSeconds = (stored - start) / 1e9;
            double endToEndRate = totalEvents / endToEndSeconds;
            System.out.println();
            System.out.printf("Ingestion accepted %,d events in %.2f s: %,.0f events/s%n", totalEvents, ingestSeconds,
                    totalEvents / ingestSeconds);
            System.out.printf("End to end (first POST until all rows in ClickHouse): %.2f s: %,.0f events/s%n",
                    endToEndSeconds, endToEndRate);
            printFreshness("Freshness while ingestion runs flat out (includes the backlog)", saturatedFreshness);

            double rawRate = rawInsertRate(platform.clickHouse(), dataDir, totalEvents);
            System.out.printf("Raw ClickHouse insert of the same %,d rows (RowBinary over HTTP, one insert): "
                    + "%,.0f rows/s%n", totalEvents, rawRate);
            System.out.printf("End-to-end rate / raw insert rate: %.3f%n", endToEndRate / rawRate);

            System.out.printf("Steady load: %,d events/s for %d s ...%n", steadyRate, steadySeconds);
            DemoTrafficDriver steady = new DemoTrafficDriver(
                    new TrafficGenerator(settings.withSeed(settings.seed() + 1)).iterator(), poster, platform.tenants(),
                    steadyRate, Clock.systemUTC());
            AtomicBoolean steadyLoad = new AtomicBoolean(true);
            Histogram steadyFreshness = new Histogram(3_600_000L, 3);
            Thread steadyProbing = new Thread(() -> probe.runWhile(steadyLoad, steadyFreshness), "freshness-probe");
            long steadyStart = System.nanoTime();
            steady.start();
            steadyProbing.start();
            Thread.sleep(steadySeconds * 1000L);
            steadyLoad.set(false);
            steadyProbing.join();
            steady.close();
            System.out.printf("Steady load accepted %,.0f events/s%n",
                    steady.acceptedEvents() / ((System.nanoTime() - steadyStart) / 1e9));
            printFreshness("Freshness at a steady " + steadyRate + " events/s", steadyFreshness);
        }
    }

    private static void printFreshness(String label, Histogram millis) {
        System.out.printf("%s (accepted by ingestion -> counted by the query API), %d probes: p50 %d ms, p95 %d ms, "
                + "max %d ms%n", label, millis.getTotalCount(), millis.getValueAtPercentile(50),
                millis.getValueAtPercentile(95), millis.getMaxValue());
    }

    /** One request's worth of events, all of one tenant, already in the wire format. */
    private record Batch(String tenantId, byte[] body) {
    }

    private static List<Batch> batches(Iterator<GeneratedEvent> events, int total, int batchSize) {
        Map<String, List<Event>> open = new HashMap<>();
        List<Batch> batches = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Event event = events.next().event();
            List<Event> batch = open.computeIfAbsent(event.getTenantId(), id -> new ArrayList<>(batchSize));
            batch.add(event);
            if (batch.size() == batchSize) {
                batches.add(new Batch(event.getTenantId(), EventPoster.ndjson(batch)));
                open.remove(event.getTenantId());
            }
        }
        open.forEach((tenantId, batch) -> batches.add(new Batch(tenantId, EventPoster.ndjson(batch))));
        return batches;
    }

    private static long waitForRows(Client clickHouse, long expected, long startNanos) throws Exception {
        long deadline = startNanos + TimeUnit.MINUTES.toNanos(15);
        while (System.nanoTime() < deadline) {
            long rows = count(clickHouse, "SELECT count() FROM events WHERE tenant_id != '" + PROBE_TENANT + "'");
            if (rows >= expected) {
                if (rows > expected) {
                    throw new IllegalStateException("ClickHouse holds " + rows + " rows for " + expected + " events");
                }
                return System.nanoTime();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Not every event reached ClickHouse within 15 minutes");
    }

    private static long count(Client clickHouse, String sql) throws Exception {
        return clickHouse.queryAll(sql).get(0).getLong(1);
    }

    /** Copies the stored rows out as RowBinary, then times inserting them back into an empty copy of the table. */
    private static double rawInsertRate(Client clickHouse, Path dataDir, long rows) throws Exception {
        Path file = dataDir.resolve("events.rowbinary");
        QuerySettings rowBinary = new QuerySettings().setFormat(ClickHouseFormat.RowBinary);
        try (QueryResponse response = clickHouse.query("SELECT * FROM events WHERE tenant_id != '" + PROBE_TENANT
                + "'", rowBinary).get(); InputStream data = response.getInputStream()) {
            Files.copy(data, file, StandardCopyOption.REPLACE_EXISTING);
        }
        clickHouse.execute("DROP TABLE IF EXISTS events_raw_insert_bench").get().close();
        clickHouse.execute("CREATE TABLE events_raw_insert_bench AS events").get().close();
        awaitNoMerges(clickHouse);
        long start = System.nanoTime();
        try (InputStream data = Files.newInputStream(file);
                InsertResponse response = clickHouse.insert("events_raw_insert_bench", data,
                        ClickHouseFormat.RowBinary).get()) {
            long elapsed = System.nanoTime() - start;
            if (response.getWrittenRows() != rows) {
                throw new IllegalStateException("The raw insert wrote " + response.getWrittenRows() + " rows");
            }
            return rows / (elapsed / 1e9);
        } finally {
            clickHouse.execute("DROP TABLE IF EXISTS events_raw_insert_bench").get().close();
            Files.deleteIfExists(file);
        }
    }

    /** Lets the engine finish merging the loaded parts, so that the raw insert does not share it with merges. */
    private static void awaitNoMerges(Client clickHouse) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (count(clickHouse, "SELECT count() FROM system.merges") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    /** Posts one probe event at a time and measures how long until the query API counts it. */
    private static final class FreshnessProbe {

        private final EventPoster poster;
        private final OverviewClient overview;
        private final DemoTenant tenant;
        private final Instant from = Instant.now().minus(Duration.ofDays(1));
        private final Instant to = Instant.now().plus(Duration.ofDays(1));
        private int sequence;

        FreshnessProbe(EventPoster poster, OverviewClient overview, DemoTenant tenant) {
            this.poster = poster;
            this.overview = overview;
            this.tenant = tenant;
        }

        void runWhile(AtomicBoolean loading, Histogram latencyMillis) {
            try {
                while (loading.get()) {
                    probeOnce(latencyMillis);
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException("Freshness probe failed", e);
            }
        }

        private void probeOnce(Histogram latencyMillis) throws Exception {
            sequence++;
            Event event = Event.newBuilder()
                    .setEventId("probe-" + sequence)
                    .setTenantId(tenant.tenantId())
                    .setType(EventType.send)
                    .setOccurredAt(Instant.now())
                    .setReceivedAt(Instant.now())
                    .setMessageId("probe-message-" + sequence)
                    .setCampaignId("probe")
                    .setMailbox("probe@bench.example")
                    .setSendingDomain("bench.example")
                    .setContactId("probe-contact")
                    .build();
            poster.post(tenant.apiKey(), List.of(event));
            long acceptedNanos = System.nanoTime();
            long deadline = acceptedNanos + TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < deadline) {
                if (overview.counts(tenant, from, to).path("send").asLong() >= sequence) {
                    latencyMillis.recordValue((System.nanoTime() - acceptedNanos) / 1_000_000);
                    return;
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("Probe event " + sequence + " not visible after 2 minutes");
        }
    }
}
