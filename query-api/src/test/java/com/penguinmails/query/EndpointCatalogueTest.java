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

    private static JsonNode openApi() throws IOException {
        try (InputStream in = QueryApiApplication.class.getResourceAsStream(QueryApiApplication.OPENAPI_DOCUMENT)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
