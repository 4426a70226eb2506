package com.penguinmails.query.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.query.QueryApiApplication;
import com.penguinmails.query.alerts.AlertsRequest;
import com.penguinmails.query.botfiltering.BotFilteringRequest;
import com.penguinmails.query.deliverability.BounceBreakdownRequest;
import com.penguinmails.query.deliverability.DeliverabilitySeriesRequest;
import com.penguinmails.query.health.HealthRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps the OpenAPI document's parameters of the deliverability detail, health, bot and alert views in step. */
class SenderViewsOpenApiTest {

    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = QueryApiApplication.class.getResourceAsStream(QueryApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    static List<Arguments> views() {
        return List.of(
                Arguments.of("/v1/analytics/deliverability/bounces", BounceBreakdownRequest.PARAMETERS),
                Arguments.of("/v1/analytics/deliverability/series", DeliverabilitySeriesRequest.PARAMETERS),
                Arguments.of("/v1/analytics/health", HealthRequest.PARAMETERS),
                Arguments.of("/v1/analytics/bot-filtering", BotFilteringRequest.PARAMETERS),
                Arguments.of("/v1/analytics/alerts", AlertsRequest.PARAMETERS));
    }

    @ParameterizedTest
    @MethodSource("views")
    void listsExactlyTheAcceptedQueryParametersAndEveryAnswer(String path, Set<String> accepted) {
        JsonNode get = document.get("paths").get(path).get("get");
        List<String> names = new ArrayList<>();
        get.get("parameters").forEach(parameter -> names.add(parameter.get("name").asText()));

        assertThat(names).containsExactlyInAnyOrderElementsOf(accepted);
        List<String> statuses = new ArrayList<>();
        get.get("responses").fieldNames().forEachRemaining(statuses::add);
        assertThat(statuses).containsExactlyInAnyOrder("200", "400", "401", "503");
        assertThat(get.at("/responses/200/content/text~1csv")).isNotNull();
        String schema = get.at("/responses/200/content/application~1json/schema/$ref").asText();
        assertThat(document.at("/components/schemas/" + schema.substring(schema.lastIndexOf('/') + 1)).isMissingNode())
                .isFalse();
    }
}
