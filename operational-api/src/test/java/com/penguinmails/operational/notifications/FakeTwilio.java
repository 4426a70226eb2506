package com.penguinmails.operational.notifications;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local fake of Twilio's Messages API as documented: {@code POST /2010-04-01/Accounts/{sid}/Messages.json} with
 * basic auth (sid, token) and form fields To, From, Body; answers 201 with the message resource, 401 for bad
 * credentials, 400 with Twilio's error JSON (code 21211) for a number it is told is invalid, and hangs (no answer)
 * for a number it is told to ignore.
 */
public final class FakeTwilio implements AutoCloseable {

    /** A message the fake accepted. */
    public record Sent(String to, String from, String body) {
    }

    /** The number the fake refuses as invalid. */
    public static final String INVALID_NUMBER = "+15005550001";
    /** The number the fake never answers for. */
    public static final String SILENT_NUMBER = "+15005550002";

    private final HttpServer server;
    private final String accountSid;
    private final String authToken;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    private FakeTwilio(String accountSid, String authToken) throws IOException {
        this.accountSid = accountSid;
        this.authToken = authToken;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/2010-04-01/Accounts/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** Starts a fake for this account. */
    public static FakeTwilio start(String accountSid, String authToken) throws IOException {
        return new FakeTwilio(accountSid, authToken);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every accepted message. */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expectedPath = "/2010-04-01/Accounts/" + accountSid + "/Messages.json";
            String expectedAuth = "Basic " + Base64.getEncoder()
                    .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
            if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals(expectedPath)) {
                answer(exchange, 404, "{\"code\": 20404, \"message\": \"The requested resource was not found\", "
                        + "\"status\": 404}");
                return;
            }
            if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"code\": 20003, \"message\": \"Authenticate\", \"status\": 401}");
                return;
            }
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            String to = form.get("To");
            if (SILENT_NUMBER.equals(to)) {
                sleepQuietly();
                return;
            }
            if (to == null || INVALID_NUMBER.equals(to)) {
                answer(exchange, 400, "{\"code\": 21211, \"message\": \"The 'To' number " + to
                        + " is not a valid phone number.\", \"more_info\": \"https://www.twilio.com/docs/errors/21211\","
                        + " \"status\": 400}");
                return;
            }
            sent.add(new Sent(to, form.get("From"), form.get("Body")));
            answer(exchange, 201, "{\"sid\": \"SM" + "0".repeat(31) + sent.size() + "\", \"status\": \"queued\", "
                    + "\"to\": \"" + to + "\", \"from\": \"" + form.get("From") + "\"}");
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
