package com.penguinmails.operational.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.operational.OperationalApiApplication;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the OpenAPI document's API-key schemas in step with the JSON the code reads and writes. */
class ApiKeysOpenApiTest {

    private static final ObjectMapper MAPPER = Jackson.newObjectMapper()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final ApiKey KEY = new ApiKey("AbCdEfGhIjKl", "w-1", "sender", "pm_live_AbCdEfGhIjKl",
            List.of("events:write"), 100, "user:u-1", NOW, NOW, NOW, NOW, "ZyXwVuTsRqPo", "revoked");
    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = OperationalApiApplication.class
                .getResourceAsStream(OperationalApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void describesEveryFieldOfTheAnswers() {
        assertSchemaMatches("ApiKey", KEY);
        assertSchemaMatches("CreatedApiKey", new CreatedApiKey(KEY, "pm_live_secret"));
        assertSchemaMatches("ApiKeyList", new ApiKeysResource.ApiKeyList(List.of(KEY)));
        assertSchemaMatches("KeyValidation", new KeyValidation("t-1", "AbCdEfGhIjKl", "pm_live_AbCdEfGhIjKl",
                List.of("events:write"), 100, NOW));
    }

    @Test
    void describesEveryFieldOfTheRequests() {
        assertSchemaMatches("CreateApiKeyRequest", new CreateApiKeyRequest("n", Set.of("admin"), 1, "w",
                NOW));
        assertSchemaMatches("RotateApiKeyRequest", new RotateApiKeyRequest(0L));
        assertSchemaMatches("KeyValidationRequest", new KeyValidationRequest("0".repeat(64)));
    }

    @Test
    void documentsEveryApiKeyEndpoint() {
        Map<String, List<String>> endpoints = Map.of(
                "/v1/api-keys", List.of("get", "post"),
                "/v1/api-keys/{id}", List.of("get", "delete"),
                "/v1/api-keys/{id}/rotate", List.of("post"),
                "/internal/v1/api-keys/validate", List.of("post"));
        endpoints.forEach((path, methods) -> methods.forEach(method ->
                assertThat(document.path("paths").path(path).path(method).isMissingNode())
                        .as("%s %s", method, path).isFalse()));
    }

    private static void assertSchemaMatches(String schema, Object example) {
        assertThat(names(document.at("/components/schemas/" + schema + "/properties")))
                .as(schema).containsExactlyInAnyOrderElementsOf(names(MAPPER.valueToTree(example)));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
