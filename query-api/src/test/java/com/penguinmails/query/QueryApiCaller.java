package com.penguinmails.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Calls catalogue endpoints of a running query API with java.net.http, parameters URL-encoded. */
final class QueryApiCaller {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    QueryApiCaller(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** The endpoint's required and optional samples, entity parameters replaced by {@code entityValues}. */
    static Map<String, List<String>> allParameters(EndpointCatalogue.Endpoint endpoint, Map<String, String> entityValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(requiredParameters(endpoint, entityValues));
        endpoint.optional().forEach((name, samples) -> parameters.put(name, substitute(name, samples, entityValues)));
        return parameters;
    }

    /** The endpoint's required samples only, entity parameters replaced by {@code entityValues}. */
    static Map<String, List<String>> requiredParameters(EndpointCatalogue.Endpoint endpoint,
            Map<String, String> entityValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        endpoint.required().forEach((name, samples) -> parameters.put(name, substitute(name, samples, entityValues)));
        return parameters;
    }

    private static List<String> substitute(String name, List<String> samples, Map<String, String> entityValues) {
        return entityValues.containsKey(name) && samples.size() == 1 ? List.of(entityValues.get(name)) : samples;
    }

    /** GETs {@code path} (already filled in, raw) with the parameters as a URL-encoded query, authenticated by {@code key}. */
    HttpResponse<String> get(String path, Map<String, List<String>> parameters, String key, String accept) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, values) -> values.forEach(value ->
                query.add(encode(name) + "=" + encode(value))));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path + (query.length() == 0 ? "" : "?" + query)))
                .header("Authorization", "Bearer " + key)
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The endpoint's path with each path parameter URL-encoded from {@code values} (else its sample). */
    static String path(EndpointCatalogue.Endpoint endpoint, Map<String, String> values) {
        String path = endpoint.pathTemplate();
        for (Map.Entry<String, String> parameter : endpoint.pathParameters().entrySet()) {
            String value = values.getOrDefault(parameter.getKey(), parameter.getValue());
            path = path.replace("{" + parameter.getKey() + "}", encode(value).replace("+", "%20"));
        }
        return path;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
