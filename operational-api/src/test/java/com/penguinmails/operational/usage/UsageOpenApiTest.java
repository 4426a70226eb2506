package com.penguinmails.operational.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.budgets.Budget;
import com.penguinmails.operational.budgets.BudgetStatus;
import com.penguinmails.operational.sendingholds.SendingHold;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the OpenAPI document in step with the usage, budgets and sending-holds endpoints and their JSON. */
class UsageOpenApiTest {

    private static final ObjectMapper MAPPER = Jackson.newObjectMapper()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = OperationalApiApplication.class.getResourceAsStream(
                OperationalApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void documentsEveryEndpoint() {
        assertThat(document.at("/paths/~1v1~1usage/get").isMissingNode()).isFalse();
        for (String method : List.of("get", "put", "delete")) {
            assertThat(document.at("/paths/~1v1~1budgets/" + method).isMissingNode()).isFalse();
            assertThat(document.at("/paths/~1v1~1workspaces~1{workspaceId}~1budget/" + method).isMissingNode())
                    .isFalse();
        }
        assertThat(document.at("/paths/~1v1~1sending-holds/get").isMissingNode()).isFalse();
        assertThat(document.at("/paths/~1internal~1v1~1sending-holds/get").isMissingNode()).isFalse();
    }

    @Test
    void theSchemasHaveExactlyTheFieldsOfTheAnswers() {
        Budget budget = new Budget("acme", "ws-1", "emails", "1000", null, List.of(50, 100), true, NOW);
        UsageView usage = new UsageView("acme", "current", NOW, NOW, "growth", 1, 2, "200.00", 3, 1, 2, "usd",
                "1.20", "1.20", "2.40", 2, List.of(new WorkspaceUsage("ws-1", 2)));

        assertSameFields("Usage", usage);
        assertSameFields("Budget", budget);
        assertSameFields("BudgetStatus", new BudgetStatus(budget, NOW, NOW, "10", "1.00", List.of(), false));
        assertSameFields("SendingHold", new SendingHold("acme", null, "budget_cap", "used up", NOW));
        assertThat(names(document.at("/components/schemas/Usage/properties/workspaces/items/properties")))
                .containsExactlyInAnyOrderElementsOf(names(MAPPER.valueToTree(new WorkspaceUsage("ws-1", 2))));
    }

    private static void assertSameFields(String schema, Object answer) {
        JsonNode json = MAPPER.valueToTree(answer);
        assertThat(names(document.at("/components/schemas/" + schema + "/properties")))
                .as(schema).containsExactlyInAnyOrderElementsOf(names(json));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
