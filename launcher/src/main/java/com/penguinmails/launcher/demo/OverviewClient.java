package com.penguinmails.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Reads {@code GET /v1/analytics/overview} of the query API as a tenant, the way a dashboard does. */
public final class OverviewClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http;
    private final URI queryApiUri;

    public OverviewClient(HttpClient http, URI queryApiUri) {
        this.http = http;
        this.queryApiUri = queryApiUri;
    }

    /**
     * The overview's {@code counts} object (events per type) of {@code tenant} over {@code [from, to)}.
     *
     * @throws IOException if the query API cannot be reached or answers anything but 200
     * @throws InterruptedException if interrupted while waiting for the answer
     */
    public JsonNode counts(DemoTenant tenant, Instant from, Instant to) throws IOException, InterruptedException {
        URI uri = queryApiUri.resolve("/v1/analytics/overview?from=" + encode(from) + "&to=" + encode(to));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + tenant.apiKey())
                .timeout(TIMEOUT)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the query API answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("counts");
    }

    private static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }
}
