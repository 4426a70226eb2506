package com.penguinmails.ingestion;

import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.events.Topics;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Measures how many events per second one ingestion instance stores when several clients post batches concurrently,
 * against the embedded Kafka in the same JVM (broker, service and clients share the machine, so the figures are a lower
 * bound for a dedicated host). Prints figures; asserts nothing.
 *
 * <p>Arguments (all optional): clients (8), events per batch (500), warm-up seconds (15), measured seconds (30). Run
 * with {@code ./mvnw -pl ingestion exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.penguinmails.ingestion.IngestionThroughputBench}.
 */
public final class IngestionThroughputBench {

    private static final String KEY = "pm_it_acme";
    private static final int BODIES_PER_CLIENT = 16;

    private IngestionThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Duration warmUp = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 15);
        Duration measured = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 30);

        Path dir = Files.createTempDirectory("ingestion-bench-");
        try (EmbeddedStack stack = EmbeddedStack.under(dir)) {
            stack.kafka().createTopic(Topics.EVENTS_RAW, 4);
            DropwizardTestSupport<IngestionConfiguration> app = new DropwizardTestSupport<>(IngestionApplication.class,
                    ResourceHelpers.resourceFilePath("ingestion-it.yml"),
                    ConfigOverride.config("kafka.bootstrapServers", stack.kafka().bootstrapServers()),
                    ConfigOverride.config("kafka.maxBlock", "10s"),
                    ConfigOverride.config("kafka.requestTimeout", "10s"),
                    ConfigOverride.config("kafka.deliveryTimeout", "30s"),
                    ConfigOverride.config("intake.maxBodySize", "5MiB"),
                    ConfigOverride.config("intake.maxEventsPerRequest", "10000"),
                    ConfigOverride.config("spool.directory", dir.resolve("spool").toString()),
                    // Measures the direct path: saturating the machine must not look like a Kafka outage.
                    ConfigOverride.config("spool.kafkaTimeout", "10s"));
            app.before();
            try {
                URI uri = URI.create("http://127.0.0.1:" + app.getLocalPort() + "/v1/events");
                System.out.printf("ingestion bench: %d clients, batches of %d events, %d s warm-up, %d s measured, %d cores%n",
                        clients, batchSize, warmUp.toSeconds(), measured.toSeconds(), Runtime.getRuntime().availableProcessors());
                Phase warm = runPhase(uri, clients, batchSize, warmUp);
                System.out.println("warm-up:  " + warm);
                Phase result = runPhase(uri, clients, batchSize, measured);
                System.out.println("measured: " + result);
            } finally {
                app.after();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Phase runPhase(URI uri, int clients, int batchSize, Duration length) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Client>> futures = new ArrayList<>();
        long began = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(uri, bodies(c, batchSize), batchSize);
            futures.add(pool.submit(() -> client.runUntil(stop)));
        }
        Thread.sleep(length.toMillis());
        stop.set(true);
        List<Client> done = new ArrayList<>();
        for (Future<Client> future : futures) {
            done.add(future.get());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        return Phase.of(done, seconds);
    }

    /** Pre-built bodies, so that building JSON does not take the clients' share of the CPU during the measurement. */
    private static byte[][] bodies(int client, int batchSize) {
        byte[][] bodies = new byte[BODIES_PER_CLIENT][];
        Instant at = Instant.now().minusSeconds(3600);
        for (int b = 0; b < BODIES_PER_CLIENT; b++) {
            StringBuilder json = new StringBuilder("[");
            for (int i = 0; i < batchSize; i++) {
                if (i > 0) {
                    json.append(',');
                }
                json.append(event("c" + client + "-b" + b + "-e" + i, "m-" + client + "-" + b + "-" + (i / 4), i, at));
            }
            bodies[b] = json.append(']').toString().getBytes(StandardCharsets.UTF_8);
        }
        return bodies;
    }

    /** A realistic mix: per message a send, a delivery, an open and (every other message) a click. */
    private static String event(String eventId, String messageId, int i, Instant at) {
        String common = "\"event_id\":\"" + eventId + "\",\"occurred_at\":\"" + at.plusMillis(i) + "\",\"message_id\":\""
                + messageId + "\",\"campaign_id\":\"c-42\",\"variant\":\"B\",\"sequence_step\":2,\"mailbox\":\"sam@send.acme.io\","
                + "\"sending_domain\":\"send.acme.io\",\"sending_ip\":\"203.0.113.7\",\"contact_id\":\"ct-" + messageId
                + "\",\"recipient_domain\":\"gmail.com\"";
        return switch (i % 4) {
            case 0 -> "{" + common + ",\"type\":\"send\",\"send\":{\"recipient_timezone\":\"America/New_York\"}}";
            case 1 -> "{" + common + ",\"type\":\"delivered\",\"delivery\":{\"remote_mx\":\"gmail-smtp-in.l.google.com\","
                    + "\"smtp_code\":250,\"enhanced_status_code\":\"2.0.0\",\"diagnostic\":\"250 2.0.0 OK 1732525202 ha1si\"}}";
            case 2 -> "{" + common + ",\"type\":\"open\",\"engagement\":{\"ip\":\"66.249.84.10\",\"user_agent\":"
                    + "\"Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)\","
                    + "\"http_method\":\"GET\"}}";
            default -> "{" + common + ",\"type\":\"click\",\"engagement\":{\"ip\":\"198.51.100.23\",\"user_agent\":"
                    + "\"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.1 Safari/605.1.15\","
                    + "\"url\":\"https://acme.io/pricing?utm_source=penguinmails&utm_campaign=c-42\",\"link_index\":1,"
                    + "\"http_method\":\"GET\"}}";
        };
    }

    /** One posting client: its own connection, its own bodies, its own tallies. */
    private static final class Client {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final URI uri;
        private final byte[][] bodies;
        private final int batchSize;
        private final List<Long> latenciesMicros = new ArrayList<>();
        private long events;
        private long bytes;
        private long failures;

        Client(URI uri, byte[][] bodies, int batchSize) {
            this.uri = uri;
            this.bodies = bodies;
            this.batchSize = batchSize;
        }

        Client runUntil(AtomicBoolean stop) throws Exception {
            for (int n = 0; !stop.get(); n++) {
                byte[] body = bodies[n % bodies.length];
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + KEY)
                        .POST(BodyPublishers.ofByteArray(body))
                        .build(), BodyHandlers.ofString());
                latenciesMicros.add((System.nanoTime() - start) / 1000);
                if (response.statusCode() == 202 && response.body().startsWith("{\"accepted\":" + batchSize + ",")) {
                    events += batchSize;
                    bytes += body.length;
                } else {
                    failures++;
                }
            }
            return this;
        }
    }

    /** What the clients of one phase achieved together. */
    private record Phase(long events, long requests, long failures, long bytes, double seconds, long[] sortedMicros) {

        static Phase of(List<Client> clients, double seconds) {
            long events = 0;
            long bytes = 0;
            long failures = 0;
            List<Long> latencies = new ArrayList<>();
            for (Client client : clients) {
                events += client.events;
                bytes += client.bytes;
                failures += client.failures;
                latencies.addAll(client.latenciesMicros);
            }
            long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return new Phase(events, sorted.length, failures, bytes, seconds, sorted);
        }

        private double percentileMillis(double p) {
            if (sortedMicros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sortedMicros.length - 1, Math.ceil(p * sortedMicros.length) - 1);
            return sortedMicros[Math.max(0, index)] / 1000.0;
        }

        @Override
        public String toString() {
            return String.format("%,.0f events/s stored (%,d events in %.1f s), %,.1f requests/s, %.1f MB/s of JSON, "
                            + "request latency p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failed requests",
                    events / seconds, events, seconds, requests / seconds, bytes / seconds / 1e6,
                    percentileMillis(0.50), percentileMillis(0.99), percentileMillis(1.0), failures);
        }
    }
}
