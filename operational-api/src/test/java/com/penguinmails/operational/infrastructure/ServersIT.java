package com.penguinmails.operational.infrastructure;

import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.access.OperationalApi;
import com.penguinmails.operational.infrastructure.hostwinds.FakeHostwinds;
import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Servers through the running service and its provisioning worker, against a WireMock fake of the Hostwinds API:
 * provisioning through a lost answer and through outages without a second order, refusals, reverse DNS, SMTP hosts,
 * costs, decommissioning, idempotency keys, tenant isolation and audit.
 */
@ExtendWith(EmbeddedStackExtension.class)
class ServersIT {

    private static final String API_KEY = "test-hostwinds-key";
    private static final Duration PROVISIONED_WITHIN = Duration.ofSeconds(60);

    private static FakeHostwinds hostwinds;
    private static OperationalApi api;
    private static String owner;
    private static String workspace;
    private static String otherOwner;
    private static String otherWorkspace;

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        hostwinds = new FakeHostwinds(API_KEY);
        api = OperationalApi.start(stack, "servers_it",
                ConfigOverride.config("infrastructure.provisioningWorker", "true"),
                ConfigOverride.config("infrastructure.pollInterval", "100ms"),
                ConfigOverride.config("infrastructure.backoff.initialDelay", "100ms"),
                ConfigOverride.config("infrastructure.backoff.maxDelay", "400ms"),
                ConfigOverride.config("infrastructure.backoff.maxAttempts", "10"),
                ConfigOverride.config("infrastructure.backoff.jitter", "0"),
                ConfigOverride.config("infrastructure.hostwinds.timeout", "3s"),
                ConfigOverride.config("infrastructure.hostwinds.url", hostwinds.url()));
        workspace = api.signUp("Infra Org", "owner@infra.example").get("workspace_id").asText();
        owner = api.signIn("owner@infra.example");
        otherWorkspace = api.signUp("Other Infra Org", "owner@other-infra.example").get("workspace_id").asText();
        otherOwner = api.signIn("owner@other-infra.example");
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
        if (hostwinds != null) {
            hostwinds.close();
        }
    }

    @BeforeEach
    void resetFake() {
        hostwinds.reset();
    }

    @Test
    void anOrderWhoseAnswerTimedOutIsFoundByNameAndNeverPlacedTwice() {
        hostwinds.orderTakes(4001, 0, 0, true, 5000);
        hostwinds.instanceBuilds(4001, 2, "203.0.113.10", "203.0.113.11");

        JsonNode requested = json(require(api.call("POST", servers(), owner,
                Map.of("region", "us-east", "plan", "vps-2gb")), 202));
        String id = requested.get("id").asText();
        assertThat(requested.get("status").asText()).isEqualTo("requested");
        assertThat(requested.get("monthly_cost").asText()).isEqualTo("9.99");
        assertThat(requested.get("currency").asText()).isEqualTo("USD");

        JsonNode active = awaitStatus(id, "active");

        assertThat(hostwinds.calls("add_instance", "srvrname=pm-" + id)).isEqualTo(1);
        assertThat(hostwinds.calls("get_instance_ids", "search=pm-" + id)).isGreaterThanOrEqualTo(1);
        assertThat(active.get("provider").asText()).isEqualTo("hostwinds");
        assertThat(active.get("provider_server_id").asText()).isEqualTo("4001");
        assertThat(active.get("attempts").asInt()).isZero();
        assertThat(active.get("last_error").isNull()).isTrue();
        assertThat(active.get("active_at").isNull()).isFalse();
        JsonNode ips = json(require(api.call("GET", servers() + "/" + id + "/ips", owner, null), 200)).get("ips");
        assertThat(ips).hasSize(2);
        assertThat(ips.get(0).get("ip").asText()).isEqualTo("203.0.113.10");
        assertThat(ips.get(0).get("is_primary").asBoolean()).isTrue();
        assertThat(ips.get(0).get("version").asInt()).isEqualTo(4);
        assertThat(ips.get(1).get("ip").asText()).isEqualTo("203.0.113.11");
        assertThat(ips.get(1).get("is_primary").asBoolean()).isFalse();
        assertThat(audit(id)).contains("server.provision");
    }

    @Test
    void outagesAreRetriedWithBackoffAndTheServerIsOrderedOnce() {
        hostwinds.orderTakes(4002, 2, 503, false, 0);
        hostwinds.instanceBuilds(4002, 0, "203.0.113.20", "203.0.113.21");

        String id = json(require(api.call("POST", servers(), owner,
                Map.of("region", "us-east", "plan", "vps-2gb")), 202)).get("id").asText();
        awaitStatus(id, "active");

        // Two answers were 503 (nothing ordered), the third took the order; each retry looked the name up first.
        assertThat(hostwinds.calls("add_instance", "srvrname=pm-" + id)).isEqualTo(3);
        assertThat(hostwinds.calls("get_instance_ids", "search=pm-" + id)).isGreaterThanOrEqualTo(3);
        Integer orders = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM servers WHERE provider_server_id = '4002'").mapTo(Integer.class).one());
        assertThat(orders).isEqualTo(1);
    }

    @Test
    void aRefusedOrderFailsTheServerWithTheProvidersMessage() {
        hostwinds.orderRefused(200, "Invalid template");
        String refused = json(require(api.call("POST", servers(), owner,
                Map.of("region", "us-east", "plan", "vps-2gb")), 202)).get("id").asText();
        JsonNode failed = awaitStatus(refused, "failed");
        assertThat(failed.get("last_error").asText()).contains("add_instance").contains("Invalid template");
        assertNoFurtherCalls("srvrname=pm-" + refused);

        hostwinds.reset();
        hostwinds.orderRefused(401, "Not Authorized!");
        String unauthorised = json(require(api.call("POST", servers(), owner,
                Map.of("region", "us-east", "plan", "vps-2gb")), 202)).get("id").asText();
        JsonNode rejected = awaitStatus(unauthorised, "failed");
        assertThat(rejected.get("last_error").asText()).contains("HTTP 401").doesNotContain(API_KEY);
        assertNoFurtherCalls("srvrname=pm-" + unauthorised);
    }

    @Test
    void anActiveServerGetsReverseDnsSmtpHostsCostsAndIsDecommissionedOnce() {
        hostwinds.orderTakes(4003, 0, 0, false, 0);
        hostwinds.instanceBuilds(4003, 1, "203.0.113.30", "203.0.113.31");
        hostwinds.managementSucceeds(4003);
        String id = json(require(api.call("POST", servers(), owner,
                Map.of("region", "us-east", "plan", "vps-4gb")), 202)).get("id").asText();
        awaitStatus(id, "active");

        JsonNode ptr = json(require(api.call("PUT", servers() + "/" + id + "/ips/203.0.113.30/reverse-dns", owner,
                Map.of("hostname", "MTA1.Send.Acme.test.")), 200));
        assertThat(ptr.get("ptr_hostname").asText()).isEqualTo("mta1.send.acme.test");
        assertThat(ptr.get("ptr_set_at").isNull()).isFalse();
        assertThat(hostwinds.calls("set_rdns", "rdns=mta1.send.acme.test")).isEqualTo(1);
        require(api.call("PUT", servers() + "/" + id + "/ips/198.51.100.1/reverse-dns", owner,
                Map.of("hostname", "mta1.send.acme.test")), 404);

        JsonNode host = json(require(api.call("POST", servers() + "/" + id + "/smtp-hosts", owner,
                Map.of("hostname", "mta1.send.acme.test")), 201));
        assertThat(host.get("port").asInt()).isEqualTo(587);
        require(api.call("POST", servers() + "/" + id + "/smtp-hosts", owner,
                Map.of("hostname", "mta1.send.acme.test")), 409);
        require(api.call("POST", servers() + "/" + id + "/smtp-hosts", owner,
                Map.of("hostname", "not a host")), 422);
        JsonNode server = json(require(api.call("GET", servers() + "/" + id, owner, null), 200));
        assertThat(server.get("smtp_hosts")).hasSize(1);

        JsonNode costs = json(require(api.call("GET", "/v1/workspaces/" + workspace + "/infrastructure/costs",
                owner, null), 200));
        JsonNode line = line(costs, id);
        assertThat(line.get("monthly_cost").asText()).isEqualTo("19.99");
        assertThat(line.get("currency").asText()).isEqualTo("USD");
        assertThat(line.get("month_to_date").asText()).matches("\\d+\\.\\d{2}");
        assertThat(total(costs, "monthly_cost")).isGreaterThanOrEqualTo(19.99);
        require(api.call("GET", "/v1/workspaces/" + workspace + "/infrastructure/costs?month=2026-13", owner, null),
                422);

        JsonNode deleting = json(require(api.call("DELETE", servers() + "/" + id, owner, null), 202));
        assertThat(deleting.get("status").asText()).isIn("deleting", "deleted");
        JsonNode deleted = awaitStatus(id, "deleted");
        assertThat(deleted.get("deleted_at").isNull()).isFalse();
        require(api.call("DELETE", servers() + "/" + id, owner, null), 202);
        assertThat(hostwinds.calls("terminate", "serviceid=4003")).isEqualTo(1);
        JsonNode after = json(require(api.call("GET", "/v1/workspaces/" + workspace + "/infrastructure/costs",
                owner, null), 200));
        assertThat(line(after, id).get("status").asText()).isEqualTo("deleted");
        assertThat(total(after, "monthly_cost")).isLessThan(total(costs, "monthly_cost"));
        assertThat(audit(id)).contains("server.provision", "server.reverse_dns", "server.decommission");
    }

    @Test
    void anIdempotencyKeyReturnsTheFirstServerAndRefusesADifferentRequest() throws Exception {
        HttpResponse<String> first = postWithKey("key-1", "{\"region\":\"us-east\",\"plan\":\"vps-2gb\"}");
        HttpResponse<String> again = postWithKey("key-1", "{\"region\":\"us-east\",\"plan\":\"vps-2gb\"}");
        HttpResponse<String> different = postWithKey("key-1", "{\"region\":\"us-east\",\"plan\":\"vps-4gb\"}");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("id").asText()).isEqualTo(json(first).get("id").asText());
        assertThat(different.statusCode()).isEqualTo(409);
        Integer rows = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM servers WHERE idempotency_key = 'key-1'").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void unknownPlansRegionsAndMissingFieldsAre422() {
        JsonNode unknown = json(require(api.call("POST", servers(), owner,
                Map.of("region", "mars-1", "plan", "vps-2gb")), 422));
        assertThat(unknown.toString()).contains("not offered in region mars-1");
        require(api.call("POST", servers(), owner, Map.of("plan", "vps-2gb")), 422);
        require(api.call("POST", servers(), owner, Map.of("region", "us-east", "plan", "vps-2gb",
                "provider", "aws")), 422);
    }

    @Test
    void anotherOrganisationsServersAreNotFound() {
        String id = json(require(api.call("POST", servers(), owner,
                Map.of("region", "us-east", "plan", "vps-2gb")), 202)).get("id").asText();

        for (String path : List.of(servers() + "/" + id, servers() + "/" + id + "/ips", servers(),
                "/v1/workspaces/" + otherWorkspace + "/servers/" + id,
                "/v1/workspaces/" + otherWorkspace + "/servers/" + id + "/ips")) {
            assertThat(api.call("GET", path, otherOwner, null).statusCode()).as(path).isEqualTo(404);
        }
        require(api.call("DELETE", "/v1/workspaces/" + otherWorkspace + "/servers/" + id, otherOwner, null), 404);
        require(api.call("DELETE", servers() + "/" + id, otherOwner, null), 404);
        assertThat(json(require(api.call("GET", "/v1/workspaces/" + otherWorkspace + "/servers", otherOwner, null),
                200)).get("servers")).isEmpty();
    }

    private static JsonNode awaitStatus(String id, String status) {
        await().atMost(PROVISIONED_WITHIN).pollInterval(Duration.ofMillis(100)).until(() ->
                json(require(api.call("GET", servers() + "/" + id, owner, null), 200)).get("status").asText()
                        .equals(status));
        return json(require(api.call("GET", servers() + "/" + id, owner, null), 200));
    }

    /**
     * A refused order is final: no call about the server follows. (Under heavy load an earlier attempt may time out
     * and be retried legitimately, so the count is compared before and after a pause rather than fixed at one.)
     */
    private static void assertNoFurtherCalls(String nameParameter) {
        int calls = hostwinds.calls("add_instance", nameParameter);
        assertThat(calls).isBetween(1, 2);
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        assertThat(hostwinds.calls("add_instance", nameParameter)).isEqualTo(calls);
        assertThat(hostwinds.calls("get_instance_ids", nameParameter.replace("srvrname=", "search="))).isLessThan(2);
    }

    private static HttpResponse<String> postWithKey(String key, String body) throws IOException,
            InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(api.uri(servers())).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + owner).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> audit(String id) {
        return api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT action FROM audit_log WHERE target_id = :id OR target_id LIKE :prefix ORDER BY action")
                .bind("id", id).bind("prefix", id + "/%").mapTo(String.class).list());
    }

    private static JsonNode line(JsonNode costs, String id) {
        for (JsonNode line : costs.get("servers")) {
            if (line.get("server_id").asText().equals(id)) {
                return line;
            }
        }
        throw new AssertionError("no cost line for " + id + ": " + costs);
    }

    private static double total(JsonNode costs, String field) {
        for (JsonNode total : costs.get("totals")) {
            if (total.get("currency").asText().equals("USD")) {
                return Double.parseDouble(total.get(field).asText());
            }
        }
        return 0;
    }

    private static String servers() {
        return "/v1/workspaces/" + workspace + "/servers";
    }
}
