package com.penguinmails.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.events.EventJson;
import com.penguinmails.events.v1.Event;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Posts events to the ingestion service's {@code POST /v1/events} as NDJSON, the way a sending engine would.
 *
 * <p>A 503 (Kafka unreachable) is retried after the server's {@code Retry-After}, as the API asks; resending is safe
 * because the event id is the idempotency key. Any other refusal is an error: the generator only makes valid events.
 */
public final class EventPoster {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final HttpClient http;
    private final URI eventsUri;

    public EventPoster(HttpClient http, URI ingestionUri) {
        this.http = http;
        this.eventsUri = ingestionUri.resolve("/v1/events");
    }

    /**
     * Posts {@code events} under {@code apiKey}, retrying while ingestion answers 503.
     *
     * @return how many events ingestion accepted
     * @throws IOException if ingestion refuses the batch or cannot be reached
     * @throws InterruptedException if interrupted while waiting to retry
     */
    public int post(String apiKey, List<Event> events) throws IOException, InterruptedException {
        return post(apiKey, ndjson(events));
    }

    /**
     * Posts an NDJSON body made by {@link #ndjson} under {@code apiKey}, retrying while ingestion answers 503.
     *
     * @return how many events ingestion accepted
     * @throws IOException if ingestion refuses the batch or cannot be reached
     * @throws InterruptedException if interrupted while waiting to retry
     */
    public int post(String apiKey, byte[] ndjsonBody) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(eventsUri)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(ndjsonBody))
                .build();
        while (true) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 202) {
                JsonNode result = JSON.readTree(response.body());
                return result.path("accepted").asInt();
            }
            if (response.statusCode() != 503) {
                throw new IOException("Ingestion refused a batch: HTTP " + response.statusCode() + " " + response.body());
            }
            Thread.sleep(retryAfter(response).toMillis());
        }
    }

    /** The events in the JSON wire format, one per line. */
    public static byte[] ndjson(List<Event> events) {
        StringBuilder body = new StringBuilder(events.size() * 600);
        for (Event event : events) {
            body.append(EventJson.writeString(event)).append('\n');
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds.trim())))
                .orElse(DEFAULT_RETRY_AFTER);
    }
}
