package com.penguinmails.operational.audit;

import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.access.OperationalApi;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail of the running service: records written by changes, read back, paged, filtered and exported. */
@ExtendWith(EmbeddedStackExtension.class)
class AuditIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static OperationalApi api;
    private static String owner;
    private static String ownerActor;

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        api = OperationalApi.start(stack, "audit_it");
        JsonNode signedUp = api.signUp("Audited Ltd", "owner@audited.test");
        ownerActor = "user:" + signedUp.get("user_id").asText();
        owner = api.signIn("owner@audited.test");

        long first = json(require(api.call("POST", "/v1/suppressions", owner,
                Map.of("contact_id", "ct-audit-1", "note", "asked by phone")), 201)).get("id").asLong();
        require(api.call("POST", "/v1/suppressions", owner, Map.of("email", "Someone@Example.com")), 201);
        require(api.call("DELETE", "/v1/suppressions/" + first, owner, null), 204);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
    }

    @Test
    void recordsWhoChangedWhatBeforeAndAfterAndFromWhere() {
        JsonNode entries = json(require(api.call("GET", "/v1/audit?target_type=suppression", owner, null), 200))
                .get("entries");

        assertThat(entries).hasSize(3);
        JsonNode deleted = entries.get(0);
        assertThat(deleted.get("action").asText()).isEqualTo("suppression.delete");
        assertThat(deleted.get("actor").asText()).isEqualTo(ownerActor);
        assertThat(deleted.get("source_address").asText()).isEqualTo("127.0.0.1");
        assertThat(deleted.at("/before/contact_id").asText()).isEqualTo("ct-audit-1");
        assertThat(deleted.at("/before/note").asText()).isEqualTo("asked by phone");
        assertThat(deleted.get("after").isNull()).isTrue();
        assertThat(deleted.get("occurred_at").asText()).endsWith("Z");

        JsonNode emailAdded = entries.get(1);
        assertThat(emailAdded.get("action").asText()).isEqualTo("suppression.create");
        assertThat(emailAdded.get("before").isNull()).isTrue();
        assertThat(emailAdded.at("/after/email_sha256").asText()).hasSize(64);
        assertThat(emailAdded.toString()).doesNotContainIgnoringCase("someone@example.com");

        JsonNode contactAdded = entries.get(2);
        assertThat(contactAdded.get("target_id").asText()).isEqualTo(deleted.get("target_id").asText());
        assertThat(contactAdded.at("/after/contact_id").asText()).isEqualTo("ct-audit-1");
    }

    @Test
    void pagesNewestFirstWithACursor() {
        JsonNode first = json(require(api.call("GET", "/v1/audit?target_type=suppression&limit=2", owner, null), 200));
        String cursor = first.get("next_cursor").asText();
        JsonNode second = json(require(api.call("GET", "/v1/audit?target_type=suppression&limit=2&cursor=" + cursor,
                owner, null), 200));

        assertThat(first.get("entries")).hasSize(2);
        assertThat(second.get("entries")).hasSize(1);
        assertThat(second.get("next_cursor").isNull()).isTrue();
        assertThat(second.at("/entries/0/id").asLong()).isLessThan(first.at("/entries/1/id").asLong());
    }

    @Test
    void filtersByActionActorAndTime() {
        assertThat(json(require(api.call("GET", "/v1/audit?action=suppression.delete", owner, null), 200))
                .get("entries")).hasSize(1);
        assertThat(json(require(api.call("GET", "/v1/audit?target_type=suppression&actor=user:nobody", owner, null),
                200)).get("entries")).isEmpty();
        assertThat(json(require(api.call("GET", "/v1/audit?target_type=suppression&from=2999-01-01T00:00:00Z",
                owner, null), 200)).get("entries")).isEmpty();
        assertThat(api.call("GET", "/v1/audit?from=yesterday", owner, null).statusCode()).isEqualTo(400);
    }

    @Test
    void exportsCsvWithAHeaderAndOneLinePerRecord() throws Exception {
        HttpResponse<String> response = export("text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("id,occurred_at,actor,action,target_type,target_id,source_address,before,after");
        assertThat(lines.get(1)).contains(",suppression.delete,suppression,").contains(ownerActor)
                .contains("\"\"contact_id\"\":\"\"ct-audit-1\"\"");
        assertThat(lines.get(3)).contains(",suppression.create,");
    }

    @Test
    void exportsJsonLinesByDefault() throws Exception {
        HttpResponse<String> response = export("*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("target_type").asText()).isEqualTo("suppression");
        }
    }

    @Test
    void isForAdminsOfTheOrganisationOnly() {
        String viewer = api.newPerson(owner, null, "viewer@audited.test", "viewer");
        assertThat(api.call("GET", "/v1/audit", viewer, null).statusCode()).isEqualTo(403);
        assertThat(api.call("GET", "/v1/audit", null, null).statusCode()).isEqualTo(401);

        api.signUp("Other Org", "owner@other.test");
        String otherOwner = api.signIn("owner@other.test");
        JsonNode theirs = json(require(api.call("GET", "/v1/audit?target_type=suppression", otherOwner, null), 200));
        assertThat(theirs.get("entries")).isEmpty();
    }

    @Test
    void refusesToChangeOrDeleteRecords() {
        assertThatThrownBy(() -> api.jdbi().useHandle(handle -> handle.execute("UPDATE audit_log SET actor = 'x'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> api.jdbi().useHandle(handle -> handle.execute("DELETE FROM audit_log")))
                .hasMessageContaining("append-only");
    }

    private static HttpResponse<String> export(String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api.uri("/v1/audit/export?target_type=suppression"))
                .header("Authorization", "Bearer " + owner)
                .header("Accept", accept)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
