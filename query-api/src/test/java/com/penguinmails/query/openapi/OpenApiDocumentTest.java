package com.penguinmails.query.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.query.QueryApiApplication;
import com.penguinmails.query.overview.EventTotals;
import com.penguinmails.query.overview.Overview;
import com.penguinmails.query.overview.OverviewRequest;
import com.penguinmails.query.overview.Rates;
import com.penguinmails.query.request.TimeRange;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the static OpenAPI document in step with the code that produces the answers it describes. */
class OpenApiDocumentTest {

    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = QueryApiApplication.class.getResourceAsStream(QueryApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void describesEveryFieldOfTheOverviewAnswerAndNoOther() {
        Overview overview = Overview.of(
                OverviewRequest.of("acme", new TimeRange(Instant.EPOCH, Instant.EPOCH.plusSeconds(1)), Optional.of("c-1")),
                new EventTotals(List.of()), Map.of());
        JsonNode json = Jackson.newObjectMapper().valueToTree(overview);
        JsonNode schemas = document.at("/components/schemas");

        assertThat(names(schemas.at("/Overview/properties"))).containsExactlyInAnyOrderElementsOf(names(json));
        assertThat(names(schemas.at("/EventTypeCounts/properties"))).containsExactlyElementsOf(EventTotals.EVENT_TYPES);
        assertThat(names(schemas.at("/EventTypeCounts/properties"))).containsExactlyElementsOf(names(json.get("counts")));
        assertThat(names(schemas.at("/Rates/properties"))).containsExactlyElementsOf(names(json.get("rates")));
        assertThat(names(schemas.at("/Rates/properties"))).containsExactlyElementsOf(
                Arrays.stream(Rates.class.getRecordComponents()).map(component -> component.getName()).toList());
    }

    @Test
    void listsExactlyTheAcceptedQueryParameters() {
        JsonNode parameters = document.at("/paths/~1v1~1analytics~1overview/get/parameters");

        assertThat(StreamSupport.stream(parameters.spliterator(), false).map(p -> resolve(p).get("name").asText())
                .toList())
                .containsExactlyInAnyOrderElementsOf(OverviewRequest.PARAMETERS);
        assertThat(parameters.get(2).at("/schema/maxLength").asInt()).isEqualTo(OverviewRequest.MAX_CAMPAIGN_ID_LENGTH);
    }

    @Test
    void documentsEveryErrorStatusTheOverviewAnswers() {
        assertThat(names(document.at("/paths/~1v1~1analytics~1overview/get/responses")))
                .containsExactlyInAnyOrder("200", "400", "401", "406", "503");
    }

    /** The parameter itself, or the one its {@code $ref} points to. */
    static JsonNode resolve(JsonNode parameter) {
        return parameter.has("$ref") ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
