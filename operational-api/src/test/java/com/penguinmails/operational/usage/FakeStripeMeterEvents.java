package com.penguinmails.operational.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Stripe for billing meter events, speaking Stripe's documented HTTP API: {@code POST /v1/billing/meter_events}
 * with a form body ({@code event_name}, {@code payload[stripe_customer_id]}, {@code payload[value]},
 * {@code identifier}, {@code timestamp}) and a bearer secret key; answers the {@code billing.meter_event} object, or
 * Stripe's error shape ({@code {"error": {"type", "message"}}}) with 400/401/500. Like Stripe, it counts an
 * identifier once (a repeated identifier is accepted but adds nothing) and replays the first answer to a repeated
 * {@code Idempotency-Key}. Faults on demand: answer 500 to the next requests, or record the next event and answer
 * only after a delay longer than the client's timeout.
 */
public final class FakeStripeMeterEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Map<String, String>> eventsByIdentifier = new LinkedHashMap<>();
    private final Map<String, String> answersByIdempotencyKey = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger slowNext = new AtomicInteger();
    private volatile Duration slowDelay = Duration.ZERO;

    private FakeStripeMeterEvents(HttpServer server) {
        this.server = server;
    }

    /** Starts the fake on a free loopback port. */
    public static FakeStripeMeterEvents start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeStripeMeterEvents fake = new FakeStripeMeterEvents(server);
        server.createContext("/v1/billing/meter_events", fake::handle);
        server.setExecutor(fake.executor);
        server.start();
        return fake;
    }

    /** The API base to give the Stripe client. */
    public String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code count} requests answer 500 without recording anything. */
    public void failNext(int count) {
        failNext.set(count);
    }

    /** The next {@code count} requests record their event, then answer only after {@code delay}. */
    public void recordThenStall(int count, Duration delay) {
        slowDelay = delay;
        slowNext.set(count);
    }

    /** Every request received, including refused and repeated ones. */
    public int requests() {
        return requests.get();
    }

    /** The sum of the values of the distinct events of {@code customer} (what Stripe's meter would bill). */
    public synchronized long total(String customer) {
        return eventsByIdentifier.values().stream().filter(event -> customer.equals(event.get("customer")))
                .mapToLong(event -> Long.parseLong(event.get("value"))).sum();
    }

    /** The distinct events recorded, in arrival order. */
    public synchronized List<Map<String, String>> events() {
        return new ArrayList<>(eventsByIdentifier.values());
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, error("invalid_request_error", "Unrecognized request URL (GET)"));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer sk_")) {
                answer(exchange, 401, error("invalid_request_error", "Invalid API Key provided"));
                return;
            }
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer(exchange, 500, error("api_error", "An unknown error occurred"));
                return;
            }
            String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (idempotencyKey != null && answersByIdempotencyKey.containsKey(idempotencyKey)) {
                answer(exchange, 200, answersByIdempotencyKey.get(idempotencyKey));
                return;
            }
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            String missing = missing(form);
            if (missing != null) {
                answer(exchange, 400, error("invalid_request_error", "Missing required param: " + missing + "."));
                return;
            }
            String body = record(form);
            if (idempotencyKey != null) {
                answersByIdempotencyKey.putIfAbsent(idempotencyKey, body);
            }
            if (slowNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                Thread.sleep(slowDelay.toMillis());
            }
            answer(exchange, 200, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized String record(Map<String, String> form) throws IOException {
        String identifier = form.get("identifier");
        Map<String, String> event = new LinkedHashMap<>();
        event.put("identifier", identifier);
        event.put("event_name", form.get("event_name"));
        event.put("customer", form.get("payload[stripe_customer_id]"));
        event.put("value", form.get("payload[value]"));
        event.put("timestamp", form.get("timestamp"));
        eventsByIdentifier.putIfAbsent(identifier, event);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("object", "billing.meter_event");
        answer.put("created", System.currentTimeMillis() / 1000);
        answer.put("event_name", form.get("event_name"));
        answer.put("identifier", identifier);
        answer.put("livemode", false);
        answer.put("payload", Map.of("stripe_customer_id", event.get("customer"), "value", event.get("value")));
        answer.put("timestamp", Long.parseLong(form.get("timestamp")));
        return JSON.writeValueAsString(answer);
    }

    private static String missing(Map<String, String> form) {
        for (String name : List.of("event_name", "payload[stripe_customer_id]", "payload[value]", "identifier",
                "timestamp")) {
            if (form.get(name) == null || form.get(name).isEmpty()) {
                return name;
            }
        }
        return null;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String error(String type, String message) throws IOException {
        return JSON.writeValueAsString(Map.of("error", Map.of("type", type, "message", message)));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_fake_" + System.nanoTime());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
