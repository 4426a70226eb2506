package com.penguinmails.operational.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on loopback that records every request and answers each path with a scripted list of statuses
 * (the last one repeats); unscripted paths answer 200.
 */
public final class RecordingWebhookReceiver implements AutoCloseable {

    /** One request received. */
    public record Received(String path, String signature, String deliveryId, String eventType, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, List<Integer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    private RecordingWebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** Starts a receiver. */
    public static RecordingWebhookReceiver start() throws IOException {
        return new RecordingWebhookReceiver();
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers requests to {@code path} with these statuses in turn, repeating the last. */
    public void script(String path, Integer... statuses) {
        scripts.put(path, List.of(statuses));
    }

    /** Every request received at {@code path}. */
    public List<Received> receivedAt(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookTransport.DELIVERY_ID_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookTransport.EVENT_TYPE_HEADER),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            List<Integer> script = scripts.getOrDefault(path, List.of(200));
            int call = calls.computeIfAbsent(path, key -> new AtomicInteger()).getAndIncrement();
            int status = script.get(Math.min(call, script.size() - 1));
            byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
