package com.penguinmails.ingestion.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.ingestion.IngestionApplication;
import com.penguinmails.openapi.OpenApiResource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackingOpenApiTest {

    private final JsonNode paths = parse(new OpenApiResource(IngestionApplication.OPENAPI_DOCUMENT).document())
            .get("paths");

    @Test
    void documentsEveryAnswerOfTheTrackingEndpoints() {
        assertThat(names(paths.at("/~1v1~1tracking~1messages/post/responses")))
                .containsExactlyInAnyOrder("200", "400", "401", "403");
        assertThat(names(paths.at("/~1t~1o~1{token}/get/responses"))).containsExactly("200");
        assertThat(names(paths.at("/~1t~1c~1{token}/get/responses"))).containsExactlyInAnyOrder("302", "200", "404");
        assertThat(names(paths.at("/~1t~1u~1{token}/get/responses"))).containsExactlyInAnyOrder("200", "404");
        assertThat(names(paths.at("/~1t~1u~1{token}/post/responses"))).containsExactlyInAnyOrder("200", "404", "503");
    }

    @Test
    void theTrackingEndpointsNeedNoApiKey() {
        for (String pointer : List.of("/~1t~1o~1{token}/get", "/~1t~1c~1{token}/get", "/~1t~1u~1{token}/get",
                "/~1t~1u~1{token}/post")) {
            assertThat(paths.at(pointer + "/security")).as(pointer).isEmpty();
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode parse(byte[] yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
