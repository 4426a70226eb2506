package com.penguinmails.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.Client;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SQL injection: every parameter (query and path) of every {@link EndpointCatalogue} endpoint, called as globex with
 * classic payloads in place of its sample, is answered with 400 (or 404, or a clean answer), never 5xx, never with
 * any of acme's data; and both tenants' events are intact afterwards.
 */
@ExtendWith(EmbeddedStackExtension.class)
class SqlInjectionIT {

    private static final String DATABASE = "sql_injection_it";

    /** Payloads that break naive string concatenation, parameter parsing or escaping. */
    static final List<String> PAYLOADS = List.of(
            "' OR 1=1 --",
            "'); DROP TABLE events; --",
            "x' UNION ALL SELECT tenant_id FROM events --",
            "{tenant_id:String}",
            "{x:String}",
            "\\",
            "\\' OR 1=1 --",
            "’ OR ‘1’=‘1",
            "\" OR \"\"=\"",
            "a\u0000b",
            "%' OR tenant_id LIKE '%",
            "1; SELECT * FROM system.tables",
            "x".repeat(10_000));

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
    void everyParameterOfEveryEndpointWithstandsEveryPayload() {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (EndpointCatalogue.Endpoint endpoint : EndpointCatalogue.ENDPOINTS) {
            Map<String, List<String>> valid = QueryApiCaller.allParameters(endpoint, TwoTenantFixture.B_VALUES);
            for (String payload : PAYLOADS) {
                for (String name : valid.keySet()) {
                    Map<String, List<String>> parameters = new LinkedHashMap<>(valid);
                    parameters.put(name, List.of(payload));
                    String path = QueryApiCaller.path(endpoint, Map.of("conversion_id", TwoTenantFixture.B_CONVERSION));
                    failures.addAll(check(name, payload, caller.get(path, parameters, TwoTenantFixture.B_KEY,
                            "application/json")));
                    calls++;
                }
                for (String name : endpoint.pathParameters().keySet()) {
                    String path = QueryApiCaller.path(endpoint, Map.of(name, payload));
                    failures.addAll(check(name, payload, caller.get(path, valid, TwoTenantFixture.B_KEY,
                            "application/json")));
                    calls++;
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(calls).isGreaterThan(PAYLOADS.size() * EndpointCatalogue.ENDPOINTS.size());
        assertThat(eventsOf("acme")).isEqualTo(TwoTenantFixture.events("acme").size());
        assertThat(eventsOf("globex")).isEqualTo(TwoTenantFixture.events("globex").size());
    }

    private static List<String> check(String parameter, String payload, HttpResponse<String> response) {
        String what = parameter + "=" + (payload.length() > 40 ? payload.substring(0, 40) + "..." : payload)
                + " on " + response.uri().getPath() + " -> " + response.statusCode() + " "
                + (response.body().length() > 300 ? response.body().substring(0, 300) : response.body());
        List<String> failures = new ArrayList<>();
        if (response.statusCode() >= 500) {
            failures.add("server error: " + what);
        }
        if (response.statusCode() != 200 && response.statusCode() != 400 && response.statusCode() != 404
                && response.statusCode() != 414 && response.statusCode() != 431) {
            failures.add("unexpected status: " + what);
        }
        if (response.body().contains(TwoTenantFixture.A_MARKER)
                || response.body().contains(TwoTenantFixture.A_SENDING_IP)) {
            failures.add("acme's data: " + what);
        }
        return failures;
    }

    private static long eventsOf(String tenant) {
        return client.queryAll("SELECT count() AS n FROM events WHERE tenant_id = {t:String}", Map.of("t", tenant))
                .get(0).getLong("n");
    }
}
