package com.penguinmails.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.Client;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant isolation: with two tenants' data in the real embedded ClickHouse, every endpoint of the
 * {@link EndpointCatalogue}, called as globex with only its required parameters, with every optional parameter, and
 * with acme's own ids as filter values, in JSON and (where offered) CSV, never shows any of acme's ids, domains,
 * mailboxes or IPs; and globex's aggregates equal counts made from globex's rows alone.
 */
@ExtendWith(EmbeddedStackExtension.class)
class TenantIsolationIT {

    private static final String DATABASE = "tenant_isolation_it";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DropwizardAppExtension<QueryApiConfiguration> app;
    private static Client client;
    private static QueryApiCaller caller;

    @BeforeAll
    static void loadTwoTenantsAndStart(EmbeddedStack stack) throws Exception {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        factory.setDatabase(DATABASE);
        client = factory.build();
        new ClickHouseMigrator(client, DATABASE).migrate();
        TwoTenantFixture.load(client);
        app = new DropwizardAppExtension<>(QueryApiApplication.class,
                ResourceHelpers.resourceFilePath("query-api-test.yml"),
                ConfigOverride.config("clickHouse.url", stack.clickHouse().httpUrl()),
                ConfigOverride.config("clickHouse.database", DATABASE));
        app.before();
        caller = new QueryApiCaller(app.getLocalPort());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.after();
        }
        if (client != null) {
            client.close();
        }
    }

    @Test
    void noEndpointShowsTheOtherTenantsDataWhateverTheParameters() throws IOException {
        List<String> calls = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        for (EndpointCatalogue.Endpoint endpoint : EndpointCatalogue.ENDPOINTS) {
            String ownPath = QueryApiCaller.path(endpoint, Map.of("conversion_id", TwoTenantFixture.B_CONVERSION));
            List<Map<String, List<String>>> variants = List.of(
                    QueryApiCaller.requiredParameters(endpoint, TwoTenantFixture.B_VALUES),
                    QueryApiCaller.allParameters(endpoint, TwoTenantFixture.B_VALUES),
                    QueryApiCaller.allParameters(endpoint, TwoTenantFixture.A_VALUES));
            List<String> accepts = endpoint.csv() ? List.of("application/json", "text/csv")
                    : List.of("application/json");
            for (Map<String, List<String>> parameters : variants) {
                for (String accept : accepts) {
                    HttpResponse<String> response =
                            caller.get(ownPath, parameters, TwoTenantFixture.B_KEY, accept);
                    String call = accept + " " + response.uri();
                    calls.add(call);
                    assertThat(response.statusCode()).as(call + " -> " + response.body()).isEqualTo(200);
                    if (containsAcme(withoutEcho(response.body(), parameters))) {
                        leaks.add(call + " -> " + response.body());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(calls).hasSizeGreaterThanOrEqualTo(3 * EndpointCatalogue.ENDPOINTS.size());
    }

    @Test
    void theOtherTenantsConversionJourneyIsNotFound() {
        EndpointCatalogue.Endpoint journey = EndpointCatalogue.ENDPOINTS.stream()
                .filter(endpoint -> endpoint.pathParameters().containsKey("conversion_id")).findFirst().orElseThrow();

        HttpResponse<String> foreign = caller.get(QueryApiCaller.path(journey,
                Map.of("conversion_id", TwoTenantFixture.A_CONVERSION)), Map.of(), TwoTenantFixture.B_KEY,
                "application/json");
        HttpResponse<String> own = caller.get(QueryApiCaller.path(journey,
                Map.of("conversion_id", TwoTenantFixture.A_CONVERSION)), Map.of(), TwoTenantFixture.A_KEY,
                "application/json");

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(own.statusCode()).as("the owner sees it, so the 404 is isolation").isEqualTo(200);
    }

    @Test
    void globexAggregatesEqualCountsOfGlobexRowsAlone() throws Exception {
        Map<String, Long> expected = TwoTenantFixture.countsByType("globex");
        assertThat(TwoTenantFixture.countsByType("acme").get("send")).isNotEqualTo(expected.get("send"));

        JsonNode overview = json("/v1/analytics/overview", "");
        for (Map.Entry<String, Long> type : expected.entrySet()) {
            assertThat(overview.at("/counts/" + type.getKey()).asLong()).as(type.getKey()).isEqualTo(type.getValue());
        }
        long seriesSends = 0;
        for (JsonNode point : overview.get("series")) {
            seriesSends += point.at("/counts/send").asLong();
        }
        assertThat(seriesSends).isEqualTo(expected.get("send"));

        JsonNode deliverability = json("/v1/analytics/deliverability", "&group_by=provider");
        assertThat(deliverability.get("groups")).singleElement().satisfies(group -> {
            assertThat(group.get("key").asText()).isEqualTo("gmail");
            assertThat(group.at("/counters/sent").asLong()).isEqualTo(expected.get("send"));
            assertThat(group.at("/counters/delivered").asLong()).isEqualTo(expected.get("delivered"));
            assertThat(group.at("/counters/bounced_hard").asLong()).isEqualTo(expected.get("bounce"));
        });

        JsonNode heatmap = json("/v1/analytics/heatmap", "");
        long heatmapSends = 0;
        for (JsonNode cell : heatmap.get("cells")) {
            heatmapSends += cell.get("sends").asLong();
        }
        assertThat(heatmapSends).isEqualTo(expected.get("send"));

        JsonNode workspace = json("/v1/analytics/deliverability", "&group_by=campaign&workspace_id=globex-ws");
        assertThat(workspace.at("/groups/0/counters/sent").asLong()).isEqualTo(expected.get("send"));
        JsonNode foreignWorkspace = json("/v1/analytics/deliverability",
                "&group_by=campaign&workspace_id=" + TwoTenantFixture.A_VALUES.get("workspace_id"));
        assertThat(foreignWorkspace.get("groups")).isEmpty();
    }

    private static JsonNode json(String path, String extraQuery) throws Exception {
        HttpResponse<String> response = caller.get(path + "?from=" + EndpointCatalogue.FROM + "&to="
                + EndpointCatalogue.TO + extraQuery, Map.of(), TwoTenantFixture.B_KEY, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * The body without the top-level fields that only echo the request (a string equal to a sent value, or an object
     * or array holding only such strings, e.g. {@code "filters"}): asked for acme's campaign id, an answer may repeat
     * the question, but nothing else of acme.
     */
    private static String withoutEcho(String body, Map<String, List<String>> parameters) throws IOException {
        if (!body.startsWith("{")) {
            return body;
        }
        Set<String> sent = new HashSet<>();
        parameters.values().forEach(sent::addAll);
        ObjectNode answer = (ObjectNode) JSON.readTree(body);
        List<String> echoes = new ArrayList<>();
        answer.fields().forEachRemaining(field -> {
            List<String> strings = new ArrayList<>();
            collectStrings(field.getValue(), strings);
            if (!strings.isEmpty() && sent.containsAll(strings)) {
                echoes.add(field.getKey());
            }
        });
        answer.remove(echoes);
        return answer.toString();
    }

    private static void collectStrings(JsonNode node, List<String> strings) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.elements().forEachRemaining(child -> collectStrings(child, strings));
    }

    private static boolean containsAcme(String body) {
        return body.contains(TwoTenantFixture.A_MARKER) || body.contains(TwoTenantFixture.A_SENDING_IP);
    }
}
