package com.penguinmails.operational.apikeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import com.penguinmails.apikeys.ApiKeyAuthenticator;
import com.penguinmails.apikeys.HttpApiKeyValidator;
import com.penguinmails.apikeys.RemoteApiKeyStore;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.OperationalApiConfiguration;
import com.penguinmails.operational.TestDatabases;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures the key-validation path exactly as ingestion and the query API run it: {@link ApiKeyAuthenticator} (SHA-256
 * of the presented key) over {@link RemoteApiKeyStore} over {@link HttpApiKeyValidator} against the real operational
 * API and embedded PostgreSQL, in this one JVM. Prints validations per second and p50/p99 latency for cache hits (one
 * key, again and again) and cache misses (distinct keys, each a round trip to the operational API and PostgreSQL).
 *
 * <p>Run (see API-KEYS.md): {@code java ... ApiKeyValidationBench [keys=2000] [threads=4] [hitSeconds=5]}.
 */
public final class ApiKeyValidationBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE_TOKEN = "test-service-token";

    private ApiKeyValidationBench() {
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int hitSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Files.createTempDirectory("api-key-bench");
        try (EmbeddedStack stack = EmbeddedStack.under(dir)) {
            TestDatabases.create(stack, "api_key_bench");
            DropwizardTestSupport<OperationalApiConfiguration> app = new DropwizardTestSupport<>(
                    OperationalApiApplication.class, ResourceHelpers.resourceFilePath("operational-api-test.yml"),
                    ConfigOverride.config("database.url", TestDatabases.jdbcUrl(stack, "api_key_bench")),
                    ConfigOverride.config("database.user", stack.postgres().username()),
                    ConfigOverride.config("database.password", stack.postgres().password()),
                    ConfigOverride.config("database.maxSize", "8"),
                    ConfigOverride.config("kafka.bootstrapServers", stack.kafka().bootstrapServers()));
            app.before();
            try {
                run(URI.create("http://127.0.0.1:" + app.getLocalPort()), keys, threads, hitSeconds);
            } finally {
                app.after();
            }
        }
    }

    private static void run(URI api, int keyCount, int threads, int hitSeconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String owner = signUp(http, api);
        System.out.printf("Issuing %,d keys ...%n", keyCount);
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < keyCount; i++) {
            secrets.add(issue(http, api, owner, i));
        }

        // Warm-up: JIT, connection pools.
        measureMisses(http, api, secrets, threads);
        measureHits(http, api, secrets.get(0), threads, 1);

        Result hits = measureHits(http, api, secrets.get(0), threads, hitSeconds);
        Result misses = measureMisses(http, api, secrets, threads);
        System.out.printf("cache hit : %,12.0f validations/s  p50 %,8.1f us  p99 %,8.1f us  (%d threads, %,d calls)%n",
                hits.perSecond(), hits.p50Micros(), hits.p99Micros(), threads, hits.calls());
        System.out.printf("cache miss: %,12.0f validations/s  p50 %,8.1f us  p99 %,8.1f us  (%d threads, %,d keys)%n",
                misses.perSecond(), misses.p50Micros(), misses.p99Micros(), threads, misses.calls());
    }

    private record Result(double perSecond, double p50Micros, double p99Micros, long calls) {
    }

    private static ApiKeyAuthenticator authenticator(HttpClient http, URI api) {
        return new ApiKeyAuthenticator(new RemoteApiKeyStore(
                new HttpApiKeyValidator(http, api, SERVICE_TOKEN, Duration.ofSeconds(5)),
                Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(60), 1_000_000,
                Ticker.systemTicker()));
    }

    /** Every thread validates the same key for {@code seconds}: after the first call, all cache hits. */
    private static Result measureHits(HttpClient http, URI api, String secret, int threads, int seconds)
            throws Exception {
        ApiKeyAuthenticator authenticator = authenticator(http, api);
        require(authenticator, secret);
        long begin = System.nanoTime();
        long end = begin + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    require(authenticator, secret);
                    if (n < latencies.length) {
                        latencies[n] = System.nanoTime() - started;
                    }
                    n++;
                }
                long[] counted = Arrays.copyOf(latencies, Math.min(n, latencies.length));
                return append(counted, n);
            }));
        }
        return summarise(results, pool, begin);
    }

    /** The threads share out the distinct keys on a cold cache: every validation is a round trip. */
    private static Result measureMisses(HttpClient http, URI api, List<String> secrets, int threads)
            throws Exception {
        ApiKeyAuthenticator authenticator = authenticator(http, api);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        long begin = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long[] latencies = new long[secrets.size()];
                int n = 0;
                for (int i = next.getAndIncrement(); i < secrets.size(); i = next.getAndIncrement()) {
                    long begun = System.nanoTime();
                    require(authenticator, secrets.get(i));
                    latencies[n++] = System.nanoTime() - begun;
                }
                return append(Arrays.copyOf(latencies, n), n);
            }));
        }
        return summarise(results, pool, begin);
    }

    /** The latencies followed by the call count. */
    private static long[] append(long[] latencies, long calls) {
        long[] withCount = Arrays.copyOf(latencies, latencies.length + 1);
        withCount[latencies.length] = calls;
        return withCount;
    }

    /** Waits for every thread, then sums up from {@code begin} (nanoseconds) to now. */
    private static Result summarise(List<Future<long[]>> results, ExecutorService pool, long begin)
            throws Exception {
        List<long[]> parts = new ArrayList<>();
        long calls = 0;
        for (Future<long[]> result : results) {
            long[] part = result.get();
            calls += part[part.length - 1];
            parts.add(Arrays.copyOf(part, part.length - 1));
        }
        long elapsedNanos = System.nanoTime() - begin;
        pool.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(calls / (elapsedNanos / 1e9), all[all.length / 2] / 1e3,
                all[(int) Math.min(all.length - 1, Math.floor(all.length * 0.99))] / 1e3, calls);
    }

    private static void require(ApiKeyAuthenticator authenticator, String secret) {
        if (authenticator.authenticate(secret).isEmpty()) {
            throw new IllegalStateException("a live key did not validate");
        }
    }

    private static String signUp(HttpClient http, URI api) throws Exception {
        String email = "bench@example.com";
        String password = "benchmark password";
        post(http, api, "/v1/signup", null, Map.of("organisation", "Bench", "email", email, "password", password), 201);
        return post(http, api, "/v1/sessions", null, Map.of("email", email, "password", password), 201)
                .get("token").asText();
    }

    private static String issue(HttpClient http, URI api, String owner, int i) throws Exception {
        return post(http, api, "/v1/api-keys", owner, Map.of("name", "bench " + i, "scopes", List.of("events:write")),
                201).get("secret").asText();
    }

    private static JsonNode post(HttpClient http, URI api, String path, String bearer, Object body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
