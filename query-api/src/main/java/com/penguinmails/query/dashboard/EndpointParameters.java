package com.penguinmails.query.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of every GET endpoint of the API, read from its OpenAPI document, so the dashboard sends each
 * endpoint only the shared parameters (time zone, interval, audience, filters) it declares and tells the user which
 * filters a page cannot apply. The API itself still rejects any parameter it does not know.
 */
public final class EndpointParameters {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Map<String, List<String>>> parametersByPath;

    EndpointParameters(Map<String, Map<String, List<String>>> parametersByPath) {
        this.parametersByPath = Collections.unmodifiableMap(new LinkedHashMap<>(parametersByPath));
    }

    /**
     * Reads the document at a classpath location.
     *
     * @throws IllegalStateException when the document is missing
     */
    public static EndpointParameters fromOpenApi(String classpathLocation) {
        try (InputStream in = EndpointParameters.class.getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document missing from the classpath: " + classpathLocation);
            }
            return of(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The GET paths of a parsed OpenAPI document with their query parameters, in document order, each with the values
     * its schema allows ({@code enum}; empty when any value is allowed).
     */
    static EndpointParameters of(JsonNode document) {
        Map<String, Map<String, List<String>>> byPath = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                return;
            }
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            for (JsonNode declared : get.path("parameters")) {
                JsonNode parameter = resolve(document, declared);
                if ("query".equals(parameter.path("in").asText())) {
                    List<String> allowed = new ArrayList<>();
                    parameter.path("schema").path("enum").forEach(value -> allowed.add(value.asText()));
                    parameters.put(parameter.path("name").asText(), List.copyOf(allowed));
                }
            }
            byPath.put(path.getKey(), Collections.unmodifiableMap(parameters));
        });
        return new EndpointParameters(byPath);
    }

    /** A parameter itself, or the one its local {@code $ref} (e.g. {@code #/components/parameters/Tz}) points to. */
    private static JsonNode resolve(JsonNode document, JsonNode parameter) {
        String reference = parameter.path("$ref").asText("");
        return reference.startsWith("#/") ? document.at(reference.substring(1)) : parameter;
    }

    /**
     * Path template to its query parameters and their allowed values, e.g.
     * {@code /v1/analytics/heatmap -> {from: [], audience: [human], ...}}.
     */
    public Map<String, Map<String, List<String>>> byPath() {
        return parametersByPath;
    }

    /** The JSON object the page reads: each path to an object of its query parameters' allowed values. */
    byte[] toJson() {
        try {
            return JSON.writeValueAsString(parametersByPath).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the endpoint list", e);
        }
    }
}
