package com.penguinmails.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the endpoint catalogue the isolation and injection tests walk in step with the OpenAPI document. */
class EndpointCatalogueTest {

    @Test
    void listsEveryDocumentedDataEndpointOnce() throws IOException {
        List<String> documented = new ArrayList<>();
        openApi().get("paths").fieldNames().forEachRemaining(documented::add);

        assertThat(EndpointCatalogue.ENDPOINTS.stream().map(EndpointCatalogue.Endpoint::pathTemplate))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(documented.stream()
                        .filter(path -> path.startsWith("/v1/analytics/")).toList());
    }

    @Test
    void listsExactlyTheDocumentedParametersOfEachEndpoint() throws IOException {
        JsonNode document = openApi();
        JsonNode paths = document.get("paths");
        for (EndpointCatalogue.Endpoint endpoint : EndpointCatalogue.ENDPOINTS) {
            List<String> required = new ArrayList<>();
            List<String> optional = new ArrayList<>();
            for (JsonNode given : paths.get(endpoint.pathTemplate()).at("/get/parameters")) {
                JsonNode parameter = given.has("$ref") ? document.at(given.get("$ref").asText().substring(1)) : given;
                if (parameter.path("in").asText().equals("path")) {
                    assertThat(endpoint.pathParameters()).containsKey(parameter.get("name").asText());
                } else if (parameter.path("required").asBoolean(false)) {
                    required.add(parameter.get("name").asText());
                } else {
                    optional.add(parameter.get("name").asText());
                }
            }
            assertThat(endpoint.required().keySet()).as(endpoint.pathTemplate() + " required")
                    .containsExactlyInAnyOrderElementsOf(required);
            assertThat(endpoint.optional().keySet()).as(endpoint.pathTemplate() + " optional")
                    .containsExactlyInAnyOrderElementsOf(optional);
        }
    }

    private static JsonNode openApi() throws IOException {
        try (InputStream in = QueryApiApplication.class.getResourceAsStream(QueryApiApplication.OPENAPI_DOCUMENT)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
