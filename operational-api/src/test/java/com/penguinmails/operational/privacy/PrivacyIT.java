package com.penguinmails.operational.privacy;

import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.data.ClickHouseFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.clickhouse.ClickHouseFactory;
import com.penguinmails.clickhouse.ClickHouseMigrator;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.access.OperationalApi;
import io.dropwizard.testing.ConfigOverride;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Export and erasure of a contact across the real PostgreSQL and the real ClickHouse engine: the erased contact is
 * gone from both, other contacts and other tenants are untouched, and its later events are removed by the sweep.
 */
@ExtendWith(EmbeddedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivacyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GONE = "ct-erase-me";
    private static final String STAYS = "ct-stays";

    private static OperationalApi api;
    private static Client clickHouse;
    private static String tenant;
    private static String otherTenant;
    private static String owner;
    private static String otherOwner;
    private static String erasureId;

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        ClickHouseFactory factory = new ClickHouseFactory();
        factory.setUrl(stack.clickHouse().httpUrl());
        clickHouse = factory.build();
        new ClickHouseMigrator(clickHouse, factory.getDatabase()).migrate();

        api = OperationalApi.start(stack, "privacy_it",
                ConfigOverride.config("clickHouse.url", stack.clickHouse().httpUrl()));
        tenant = api.signUp("Erasing Co", "owner@erasing.test").get("organisation_id").asText();
        owner = api.signIn("owner@erasing.test");
        otherTenant = api.signUp("Keeping Co", "owner@keeping.test").get("organisation_id").asText();
        otherOwner = api.signIn("owner@keeping.test");

        insertEvents(List.of(
                row(tenant, GONE, "e-1", "send"),
                row(tenant, GONE, "e-2", "open"),
                row(tenant, STAYS, "e-3", "send"),
                row(otherTenant, GONE, "e-4", "send")));
        require(api.call("POST", "/v1/suppressions", owner, Map.of("contact_id", GONE, "note", "asked to stop")), 201);
        require(api.call("POST", "/v1/suppressions", owner, Map.of("contact_id", STAYS)), 201);
        require(api.call("POST", "/v1/suppressions", otherOwner, Map.of("contact_id", GONE)), 201);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
        if (clickHouse != null) {
            clickHouse.close();
        }
    }

    @Test
    @Order(1)
    void exportsTheContactsRowsFromPostgresAndEveryClickHouseContactTable() {
        JsonNode export = json(require(api.call("GET", "/v1/contacts/" + GONE + "/export", owner, null), 200));

        assertThat(export.get("tenant_id").asText()).isEqualTo(tenant);
        assertThat(export.get("contact_id").asText()).isEqualTo(GONE);
        JsonNode events = export.at("/clickhouse/events");
        assertThat(events).hasSize(2);
        events.forEach(event -> {
            assertThat(event.get("tenant_id").asText()).isEqualTo(tenant);
            assertThat(event.get("contact_id").asText()).isEqualTo(GONE);
        });
        assertThat(List.of(events.get(0).get("event_id").asText(), events.get(1).get("event_id").asText()))
                .containsExactlyInAnyOrder("e-1", "e-2");
        assertThat(export.at("/postgresql/suppressions")).hasSize(1);
        assertThat(export.at("/postgresql/suppressions/0/note").asText()).isEqualTo("asked to stop");
        assertThat(export.at("/postgresql/audit_log/0/action").asText()).isEqualTo("suppression.create");
    }

    @Test
    @Order(2)
    void leavesExportAndErasureToAdminsAndOwners() {
        String admin = api.newPerson(owner, null, "admin@erasing.test", "admin");

        assertThat(api.call("GET", "/v1/contacts/" + GONE + "/export", admin, null).statusCode()).isEqualTo(200);
        assertThat(api.call("POST", "/v1/contacts/" + GONE + "/erase", admin, null).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void erasesTheContactFromClickHouseAndPostgres() throws Exception {
        JsonNode erasure = json(require(api.call("POST", "/v1/contacts/" + GONE + "/erase", owner, null), 200));
        erasureId = erasure.get("id").asText();

        assertThat(erasure.get("status").asText()).isEqualTo("completed");
        assertThat(erasure.get("contact_sha256").asText()).isEqualTo(ContactHash.of(GONE));
        assertThat(erasure.toString()).doesNotContain(GONE);
        JsonNode events = table(erasure, "clickhouse", "events");
        assertThat(events.get("rows").asLong()).isEqualTo(2);
        assertThat(events.get("remaining").asLong()).isZero();
        assertThat(events.get("method").asText()).isIn("lightweight_delete", "mutation");
        assertThat(table(erasure, "postgresql", "suppressions").get("method").asText()).isEqualTo("pseudonymise");

        assertThat(countEvents(tenant, GONE)).isZero();
        assertThat(countEvents(tenant, STAYS)).isEqualTo(1);
        assertThat(countEvents(otherTenant, GONE)).isEqualTo(1);

        String everythingStored = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT (SELECT string_agg(a::text, '') FROM audit_log a WHERE tenant_id = :tenant)"
                        + " || (SELECT string_agg(s::text, '') FROM suppressions s WHERE tenant_id = :tenant)"
                        + " || (SELECT string_agg(e::text, '') FROM erasures e WHERE tenant_id = :tenant)")
                .bind("tenant", tenant).mapTo(String.class).one());
        assertThat(everythingStored).doesNotContain(GONE).contains(STAYS).contains(ContactHash.of(GONE));
        assertThat(json(require(api.call("GET", "/v1/contacts/" + GONE + "/export", otherOwner, null), 200))
                .at("/postgresql/suppressions")).hasSize(1);
    }

    @Test
    @Order(4)
    void keepsTheErasedContactSuppressedByItsHash() {
        JsonNode answer = json(require(api.call("POST", "/v1/suppressions/check", owner,
                Map.of("contact_ids", List.of(GONE, STAYS, "ct-never"))), 200));

        assertThat(answer.get("suppressed")).hasSize(2);
        assertThat(answer.at("/suppressed/0/contact_id").asText()).isEqualTo(GONE);
        assertThat(answer.at("/suppressed/0/reason").asText()).isEqualTo("manual");
    }

    @Test
    @Order(5)
    void reportsTheErasureAndRunsItAgainWhenAskedAgain() {
        JsonNode status = json(require(api.call("GET", "/v1/erasures/" + erasureId, owner, null), 200));
        assertThat(status.get("status").asText()).isEqualTo("completed");
        assertThat(status.get("attempts").asInt()).isEqualTo(1);

        JsonNode again = json(require(api.call("POST", "/v1/contacts/" + GONE + "/erase", owner, null), 200));
        assertThat(again.get("id").asText()).isEqualTo(erasureId);
        assertThat(again.get("status").asText()).isEqualTo("completed");
        assertThat(again.get("attempts").asInt()).isEqualTo(2);
        assertThat(table(again, "clickhouse", "events").get("rows").asLong()).isZero();

        assertThat(api.call("GET", "/v1/erasures/" + erasureId, otherOwner, null).statusCode()).isEqualTo(404);
        JsonNode exported = json(require(api.call("GET", "/v1/contacts/" + GONE + "/export", owner, null), 200));
        assertThat(exported.get("clickhouse")).isEmpty();
        assertThat(exported.at("/postgresql/suppressions").isMissingNode()).isTrue();
    }

    @Test
    @Order(6)
    void dropsEventsOfTheErasedContactThatArriveLater() throws Exception {
        insertEvents(List.of(row(tenant, GONE, "e-late", "click"), row(tenant, STAYS, "e-late-2", "click")));

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (countEvents(tenant, GONE) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        assertThat(countEvents(tenant, GONE)).isZero();
        assertThat(countEvents(tenant, STAYS)).isEqualTo(2);
        assertThat(countEvents(otherTenant, GONE)).isEqualTo(1);
    }

    private static JsonNode table(JsonNode erasure, String store, String name) {
        for (JsonNode table : erasure.get("tables")) {
            if (table.get("store").asText().equals(store) && table.get("table").asText().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no " + store + " " + name + " in " + erasure);
    }

    private static long countEvents(String tenantId, String contactId) {
        return clickHouse.queryAll("SELECT count() AS n FROM penguinmails.events"
                        + " WHERE tenant_id = {t:String} AND contact_id = {c:String}",
                Map.of("t", tenantId, "c", contactId)).get(0).getLong("n");
    }

    private static Map<String, Object> row(String tenantId, String contactId, String eventId, String type) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", tenantId);
        row.put("occurred_at", "2026-11-25 10:00:00.000");
        row.put("event_id", eventId);
        row.put("event_type", type);
        row.put("received_at", "2026-11-25 10:00:01.000");
        row.put("message_id", "m-" + contactId);
        row.put("contact_id", contactId);
        row.put("link_index", -1);
        return row;
    }

    private static void insertEvents(List<Map<String, Object>> rows) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Map<String, Object> row : rows) {
            body.append(JSON.writeValueAsString(row)).append('\n');
        }
        clickHouse.insert("events", new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)),
                ClickHouseFormat.JSONEachRow, new InsertSettings()).get(30, TimeUnit.SECONDS).close();
    }
}
