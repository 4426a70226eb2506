package com.penguinmails.ingestion.tracking;

import com.codahale.metrics.MetricRegistry;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.events.Topics;
import com.penguinmails.ingestion.IngestionApplication;
import com.penguinmails.ingestion.IngestionConfiguration;
import com.penguinmails.ingestion.tracking.TrackingToken.Purpose;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Measures the open pixel and click redirect endpoints of one ingestion instance with the real publisher against the
 * embedded Kafka in the same JVM: N concurrent keep-alive connections (java.net.http.HttpClient, asynchronous) request
 * pre-signed tokens of distinct messages; every request verifies its token, publishes one event and waits for Kafka's
 * acknowledgement before answering. Broker, service and load generator share the machine, so the figures are a lower
 * bound for a dedicated host. Prints requests/s, p50 and p99 per endpoint; asserts nothing.
 *
 * <p>Arguments (all optional): connections (128), warm-up seconds (15), measured seconds per endpoint (20). Run with
 * {@code ./mvnw -pl ingestion exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.penguinmails.ingestion.tracking.TrackingEndpointsBench}.
 */
public final class TrackingEndpointsBench {

    private static final int TOKENS = 20_000;
    private static final String USER_AGENT =
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";

    private TrackingEndpointsBench() {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        Duration warmUp = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 15);
        Duration measured = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);

        Path dir = Files.createTempDirectory("tracking-bench-");
        try (EmbeddedStack stack = EmbeddedStack.under(dir)) {
            stack.kafka().createTopic(Topics.EVENTS_RAW, 4);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            byte[] master = new byte[32];
            new SecureRandom().nextBytes(master);
            DropwizardTestSupport<IngestionConfiguration> app = new DropwizardTestSupport<>(IngestionApplication.class,
                    ResourceHelpers.resourceFilePath("tracking-it.yml"),
                    ConfigOverride.config("kafka.bootstrapServers", stack.kafka().bootstrapServers()),
                    ConfigOverride.config("kafka.maxBlock", "10s"),
                    ConfigOverride.config("kafka.requestTimeout", "10s"),
                    ConfigOverride.config("kafka.deliveryTimeout", "30s"),
                    ConfigOverride.config("server.applicationConnectors[0].port", Integer.toString(port)),
                    ConfigOverride.config("tracking.baseUrl", "http://127.0.0.1:" + port),
                    ConfigOverride.config("tracking.masterKey", Base64.getEncoder().encodeToString(master)));
            app.before();
            try {
                TrackingTokens tokens = new TrackingTokens(new TrackingKeyring(master,
                        List.of(new TenantKeyIds("globex", "k1", Set.of()))));
                String base = "http://127.0.0.1:" + port;
                URI[] pixels = new URI[TOKENS];
                URI[] clicks = new URI[TOKENS];
                for (int i = 0; i < TOKENS; i++) {
                    TrackingToken open = new TrackingToken(Purpose.OPEN, "globex", UUID.randomUUID().toString(),
                            "cmp-" + (i % 40), i % 2 == 0 ? "A" : "B", 1 + i % 4, "ct-" + UUID.randomUUID(), null, null,
                            false);
                    pixels[i] = URI.create(base + "/t/o/" + tokens.sign(open));
                    clicks[i] = URI.create(base + "/t/c/" + tokens.sign(open.with(Purpose.CLICK, i % 5,
                            "https://globex.example/pricing?utm_source=penguinmails&utm_campaign=cmp-" + (i % 40), false)));
                }
                System.out.printf(
                        "tracking bench: %d connections, %d s warm-up, %d s per endpoint, %d cores, token %d chars%n",
                        connections, warmUp.toSeconds(), measured.toSeconds(), Runtime.getRuntime().availableProcessors(),
                        clicks[0].getPath().length() - 5);
                System.out.println("warm-up pixel: " + run(pixels, 200, connections, warmUp.dividedBy(2)));
                System.out.println("warm-up click: " + run(clicks, 302, connections, warmUp.dividedBy(2)));
                System.out.println("pixel: " + run(pixels, 200, connections, measured));
                System.out.println("click: " + run(clicks, 302, connections, measured));
                MetricRegistry metrics = app.getEnvironment().metrics();
                System.out.printf("recorded opens %d, clicks %d, invalid %d, failed to store %d%n",
                        metrics.meter("ingestion.tracking.opens").getCount(),
                        metrics.meter("ingestion.tracking.clicks").getCount(),
                        metrics.meter("ingestion.tracking.invalid").getCount(),
                        metrics.meter("ingestion.tracking.failed").getCount());
            } finally {
                app.after();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Runs {@code connections} request loops over {@code uris} for {@code length}. */
    private static Result run(URI[] uris, int expectedStatus, int connections, Duration length) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        HttpClient[] clients = new HttpClient[2];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build();
        }
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(connections);
        Loop[] loops = new Loop[connections];
        long began = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            loops[c] = new Loop(clients[c % clients.length], uris, c * (uris.length / connections), expectedStatus, stop,
                    finished);
            loops[c].next();
        }
        Thread.sleep(length.toMillis());
        stop.set(true);
        finished.await();
        double seconds = (System.nanoTime() - began) / 1e9;
        executor.shutdownNow();
        return Result.of(loops, seconds);
    }

    /** One keep-alive request loop: sends the next request when the previous answer arrived. */
    private static final class Loop {

        private final HttpClient client;
        private final URI[] uris;
        private final int expectedStatus;
        private final AtomicBoolean stop;
        private final CountDownLatch finished;
        private int position;
        private long[] latenciesNanos = new long[1 << 14];
        private int count;
        private long failures;

        Loop(HttpClient client, URI[] uris, int start, int expectedStatus, AtomicBoolean stop, CountDownLatch finished) {
            this.client = client;
            this.uris = uris;
            this.position = start;
            this.expectedStatus = expectedStatus;
            this.stop = stop;
            this.finished = finished;
        }

        void next() {
            if (stop.get()) {
                finished.countDown();
                return;
            }
            HttpRequest request = HttpRequest.newBuilder(uris[position++ % uris.length])
                    .header("User-Agent", USER_AGENT)
                    .GET().build();
            long start = System.nanoTime();
            client.sendAsync(request, BodyHandlers.discarding()).whenComplete((response, error) -> {
                record(System.nanoTime() - start, error == null ? response : null);
                next();
            });
        }

        private void record(long nanos, HttpResponse<Void> response) {
            if (response == null || response.statusCode() != expectedStatus) {
                failures++;
                return;
            }
            if (count == latenciesNanos.length) {
                latenciesNanos = Arrays.copyOf(latenciesNanos, count * 2);
            }
            latenciesNanos[count++] = nanos;
        }
    }

    /** What the loops of one phase achieved together. */
    private record Result(long requests, long failures, double seconds, long[] sortedNanos) {

        static Result of(Loop[] loops, double seconds) {
            long failures = 0;
            long[] all = new long[0];
            for (Loop loop : loops) {
                failures += loop.failures;
                int at = all.length;
                all = Arrays.copyOf(all, at + loop.count);
                System.arraycopy(loop.latenciesNanos, 0, all, at, loop.count);
            }
            Arrays.sort(all);
            return new Result(all.length, failures, seconds, all);
        }

        private double percentileMillis(double p) {
            return sortedNanos.length == 0 ? Double.NaN
                    : sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1)] / 1e6;
        }

        @Override
        public String toString() {
            return String.format("%,.0f requests/s (%,d in %.1f s, %d failed), p50 %.2f ms, p99 %.2f ms",
                    requests / seconds, requests, seconds, failures, percentileMillis(0.50), percentileMillis(0.99));
        }
    }
}
