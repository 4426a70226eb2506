package com.penguinmails.launcher;

import com.penguinmails.launcher.demo.DemoTenant;
import com.penguinmails.launcher.demo.DemoTrafficDriver;
import com.penguinmails.launcher.demo.EventPoster;
import com.penguinmails.launcher.demo.OverviewClient;
import com.penguinmails.launcher.demo.ThroughputReporter;
import com.penguinmails.traffic.TrafficGenerator;
import com.penguinmails.traffic.TrafficSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import sun.misc.Signal;

/**
 * Command 1 of the README: runs the whole platform locally with realistic demo traffic until Ctrl-C.
 *
 * <p>Options: {@code --rate=N} most events per second posted (default 3000); {@code --sends-per-second=N} emails the
 * simulated senders send per second (default 2; opens, clicks, replies... follow over the next days);
 * {@code --seed=N} the traffic seed (default: a new one each run, since a
 * restart on the same data would otherwise send events already counted, which the stream job rightly drops); {@code --history-hours=N} how far back the traffic starts, so the
 * dashboards have history at once (default 24); {@code --data-dir=DIR} (default .devstack); {@code --port-base=N} first of six service ports
 * (default 8080, 0 for free ports); {@code --owner-password=P} the demo organisations' owner password (default
 * {@value LocalPlatformOptions#DEFAULT_OWNER_PASSWORD}; keep it across runs on one data directory); {@code --fresh}
 * deletes the data directory first.
 */
public final class LocalDemo {

    private LocalDemo() {
    }

    public static void main(String[] args) throws Exception {
        LocalPlatformOptions options = LocalPlatformOptions.defaults();
        double rate = 3000;
        double sendsPerSecond = 2;
        long seed = ThreadLocalRandom.current().nextLong(1, 1_000_000);
        long historyHours = 24;
        boolean fresh = false;
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.startsWith("--rate=")) {
                rate = Double.parseDouble(value);
            } else if (arg.startsWith("--sends-per-second=")) {
                sendsPerSecond = Double.parseDouble(value);
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(value);
            } else if (arg.startsWith("--history-hours=")) {
                historyHours = Long.parseLong(value);
            } else if (arg.startsWith("--data-dir=")) {
                options = options.withDataDir(Path.of(value));
            } else if (arg.startsWith("--port-base=")) {
                options = options.withBasePort(Integer.parseInt(value));
            } else if (arg.startsWith("--owner-password=")) {
                options = options.withOwnerPassword(value);
            } else if (arg.equals("--fresh")) {
                fresh = true;
            } else {
                System.err.println("Unknown option " + arg + "; see the Javadoc of " + LocalDemo.class.getName());
                System.exit(2);
            }
        }
        if (fresh) {
            deleteRecursively(options.dataDir());
        }

        Instant historyStart = Instant.now().minus(Duration.ofHours(historyHours)).truncatedTo(ChronoUnit.MINUTES);
        TrafficSettings trafficSettings = TrafficSettings.defaults().withSeed(seed).withStart(historyStart)
                .withSendsPerSecond(sendsPerSecond);
        PrintStream out = System.out;
        out.println("Starting PenguinMails locally (data in " + options.dataDir().toAbsolutePath() + ", traffic seed "
                + seed + ") ...");
        Path dataDir = options.dataDir().toAbsolutePath();
        LocalPlatform platform = LocalPlatform.start(options, trafficSettings.tenantIds());
        List<DemoTenant> tenants = platform.tenants();

        HttpClient http = HttpClient.newHttpClient();
        DemoTrafficDriver traffic = new DemoTrafficDriver(new TrafficGenerator(trafficSettings).iterator(),
                new EventPoster(http, platform.ingestionUri()), tenants, rate, Clock.systemUTC());
        ThroughputReporter reporter = new ThroughputReporter(new OverviewClient(http, platform.queryApiUri()),
                tenants.get(0), historyStart, traffic::acceptedEvents, out);
        CountDownLatch stopRequested = new CountDownLatch(1);
        // Handling the signals (rather than a shutdown hook) keeps the stop orderly: shutdown hooks run all at once,
        // and the embedded servers' own hooks would stop ClickHouse under the stream job's final savepoint.
        Signal.handle(new Signal("INT"), signal -> stopRequested.countDown());
        Signal.handle(new Signal("TERM"), signal -> stopRequested.countDown());

        printWelcome(out, platform, tenants, historyStart);
        traffic.start();
        reporter.start(Duration.ofSeconds(5));
        stopRequested.await();

        out.println("Stopping ...");
        reporter.close();
        traffic.close();
        platform.close();
        out.println("Stopped; data kept in " + dataDir);
        System.exit(0);
    }

    private static void printWelcome(PrintStream out, LocalPlatform platform, List<DemoTenant> tenants,
            Instant historyStart) {
        String query = platform.queryApiUri() + "/v1/analytics/overview?from=" + historyStart
                + "&to=" + historyStart.plus(Duration.ofDays(30));
        out.println();
        out.println("PenguinMails is running:");
        out.println("  Ingestion              " + platform.ingestionUri() + "/v1/events   (OpenAPI: /openapi.yaml)");
        out.println("  Tracking (sender API)  " + platform.ingestionUri() + "/v1/tracking/messages   (links /t/o, /t/c, /t/u)");
        out.println("  Inbound mail           " + platform.ingestionUri() + "/v1/inbound/messages   (SMTP at VERP addresses: "
                + platform.inboundSmtpAddress() + ")");
        out.println("  Query API              " + platform.queryApiUri() + "/v1/analytics/overview   (OpenAPI: /openapi.yaml)");
        out.println("  Dashboard              " + platform.queryApiUri() + "/");
        out.println("  Operational API        " + platform.operationalApiUri() + "/v1/status");
        platform.adminUris().forEach((name, uri) -> out.printf("  %-22s %s/healthcheck%n", name + " admin", uri));
        out.println("  Kafka                  " + platform.stack().kafka().bootstrapServers());
        out.println("  ClickHouse             " + platform.stack().clickHouse().httpUrl() + "   (HTTP protocol, database "
                + LocalPlatform.CLICKHOUSE_DATABASE + ")");
        out.println("Demo organisations (owner owner@<name>.demo.localhost, password as --owner-password) and their API"
                + " keys, issued through the operational API for this run (earlier runs' demo keys are revoked):");
        tenants.forEach(tenant -> out.printf("  %-12s %-28s %s%n", tenant.name(), tenant.tenantId(), tenant.apiKey()));
        out.println("Try:");
        out.println("  curl -H 'Authorization: Bearer " + tenants.get(0).apiKey() + "' '" + query + "'");
        out.println("Demo traffic starts " + Duration.between(historyStart, Instant.now()).toHours()
                + " h in the past, catches up, then follows the clock. Ctrl-C stops everything.");
        out.println();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}
