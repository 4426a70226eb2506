package com.penguinmails.operational.infrastructure;

import static com.penguinmails.operational.access.OperationalApi.json;
import static com.penguinmails.operational.access.OperationalApi.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.access.OperationalApi;
import com.penguinmails.operational.infrastructure.mailu.FakeMailu;
import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mailboxes through the running service against a WireMock fake of Mailu's REST API: creation through a lost answer
 * and through outages (one password, shown once, never stored), existing domains, refusals, duplicates, deletion of a
 * mailbox already gone, tenant isolation and audit.
 */
@ExtendWith(EmbeddedStackExtension.class)
class MailboxesIT {

    private static final String TOKEN = "test-mailu-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static FakeMailu mailu;
    private static OperationalApi api;
    private static String owner;
    private static String workspace;
    private static String otherOwner;
    private static String otherWorkspace;

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        mailu = new FakeMailu(TOKEN);
        api = OperationalApi.start(stack, "mailboxes_it",
                ConfigOverride.config("infrastructure.mailu.url", mailu.url()),
                ConfigOverride.config("infrastructure.mailu.timeout", "2s"),
                ConfigOverride.config("infrastructure.requestRetry.maxAttempts", "4"));
        workspace = api.signUp("Mail Org", "owner@mail-org.example").get("workspace_id").asText();
        owner = api.signIn("owner@mail-org.example");
        require(api.call("POST", "/v1/workspaces/" + workspace + "/domains", owner,
                Map.of("name", "acme.test", "dkim_key_bits", 1024)), 201);
        otherWorkspace = api.signUp("Other Mail Org", "owner@other-mail.example").get("workspace_id").asText();
        otherOwner = api.signIn("owner@other-mail.example");
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
        if (mailu != null) {
            mailu.close();
        }
    }

    @BeforeEach
    void resetFake() {
        mailu.reset();
    }

    @Test
    void aMailboxCreatedThroughALostAnswerHasTheOnePasswordShownOnce() throws IOException {
        mailu.domainsCreatable();
        mailu.usersCreatable(0, 4000);

        JsonNode created = json(require(api.call("POST", mailboxes(), owner,
                Map.of("address", "Ana@Acme.test", "display_name", "Ana")), 201));

        String password = created.get("password").asText();
        assertThat(password).hasSize(24);
        assertThat(created.get("address").asText()).isEqualTo("ana@acme.test");
        assertThat(created.get("domain").asText()).isEqualTo("acme.test");
        assertThat(created.get("mailu_state").asText()).isEqualTo("active");
        List<LoggedRequest> creates = mailu.requests(RequestMethod.POST, "/api/v1/user");
        assertThat(creates).hasSize(2);
        for (LoggedRequest create : creates) {
            JsonNode body = JSON.readTree(create.getBodyAsString());
            assertThat(body.get("email").asText()).isEqualTo("ana@acme.test");
            assertThat(body.get("raw_password").asText()).isEqualTo(password);
            assertThat(body.get("displayed_name").asText()).isEqualTo("Ana");
            assertThat(create.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        }
        List<LoggedRequest> updates = mailu.requests(RequestMethod.PATCH, "/api/v1/user/ana%40acme.test");
        assertThat(updates).hasSize(1);
        assertThat(JSON.readTree(updates.get(0).getBodyAsString()).get("raw_password").asText()).isEqualTo(password);

        String stored = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT (SELECT string_agg(row_to_json(m)::text, '') FROM mailboxes m)"
                        + " || (SELECT string_agg(row_to_json(a)::text, '') FROM audit_log a)")
                .mapTo(String.class).one());
        assertThat(stored).contains("ana@acme.test").doesNotContain(password);
        JsonNode read = json(require(api.call("GET", mailboxes() + "/" + created.get("id").asText(), owner, null),
                200));
        assertThat(read.has("password")).isFalse();
        assertThat(audit(created.get("id").asText())).containsExactly("mailbox.create");
    }

    @Test
    void outagesAreRetriedAndAnExistingDomainCountsAsDone() {
        mailu.domainExists();
        mailu.usersCreatable(2, 0);

        require(api.call("POST", mailboxes(), owner, Map.of("address", "bo@acme.test")), 201);

        assertThat(mailu.requests(RequestMethod.POST, "/api/v1/domain")).hasSize(1);
        assertThat(mailu.requests(RequestMethod.POST, "/api/v1/user")).hasSize(3);
        assertThat(mailu.requests(RequestMethod.PATCH, "/api/v1/user/bo%40acme.test")).isEmpty();
    }

    @Test
    void aDuplicateAddressIs409WithoutAskingMailu() {
        mailu.domainsCreatable();
        mailu.usersCreatable(0, 0);
        require(api.call("POST", mailboxes(), owner, Map.of("address", "cy@acme.test")), 201);
        mailu.reset();

        require(api.call("POST", mailboxes(), owner, Map.of("address", "CY@acme.test")), 409);

        assertThat(mailu.requests(RequestMethod.POST, "/api/v1/user")).isEmpty();
    }

    @Test
    void addressesOutsideTheWorkspacesDomainsOrMalformedAre422() {
        JsonNode outside = json(require(api.call("POST", mailboxes(), owner, Map.of("address", "di@other.test")),
                422));
        assertThat(outside.toString()).contains("sending domains");
        require(api.call("POST", mailboxes(), owner, Map.of("address", "no-at-sign")), 422);
        require(api.call("POST", mailboxes(), owner, Map.of("address", "a..b@acme.test")), 422);
        require(api.call("POST", mailboxes(), owner, Map.of("address", "ed@acme.test", "smtp_host_id", "smtp-x")),
                422);
        assertThat(mailu.requests(RequestMethod.POST, "/api/v1/user")).isEmpty();
    }

    @Test
    void aMailuRefusalIs502AndStoresNothing() {
        mailu.domainsCreatable();
        mailu.userCreationRefused(403, "Invalid authorization header");

        JsonNode refused = json(require(api.call("POST", mailboxes(), owner, Map.of("address", "fa@acme.test")),
                502));

        assertThat(refused.get("message").asText()).contains("HTTP 403").doesNotContain(TOKEN);
        Integer rows = api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM mailboxes WHERE address = 'fa@acme.test'").mapTo(Integer.class).one());
        assertThat(rows).isZero();
    }

    @Test
    void deletingAMailboxMailuNoLongerHasMarksItDeletedOnce() {
        mailu.domainsCreatable();
        mailu.usersCreatable(0, 0);
        String id = json(require(api.call("POST", mailboxes(), owner, Map.of("address", "gi@acme.test")), 201))
                .get("id").asText();
        mailu.userDeletion("gi@acme.test", 404);

        require(api.call("DELETE", mailboxes() + "/" + id, owner, null), 204);
        require(api.call("DELETE", mailboxes() + "/" + id, owner, null), 204);

        assertThat(mailu.requests(RequestMethod.DELETE, "/api/v1/user/gi%40acme.test")).hasSize(1);
        JsonNode mailbox = json(require(api.call("GET", mailboxes() + "/" + id, owner, null), 200));
        assertThat(mailbox.get("mailu_state").asText()).isEqualTo("deleted");
        assertThat(mailbox.get("deleted_at").isNull()).isFalse();
        assertThat(json(require(api.call("GET", mailboxes(), owner, null), 200)).get("mailboxes").toString())
                .doesNotContain(id);
        assertThat(json(require(api.call("GET", mailboxes() + "?include_deleted=true", owner, null), 200))
                .get("mailboxes").toString()).contains(id);
        assertThat(audit(id)).containsExactly("mailbox.create", "mailbox.delete");
    }

    @Test
    void anotherOrganisationsMailboxesAreNotFound() {
        mailu.domainsCreatable();
        mailu.usersCreatable(0, 0);
        String id = json(require(api.call("POST", mailboxes(), owner, Map.of("address", "hu@acme.test")), 201))
                .get("id").asText();

        require(api.call("GET", mailboxes() + "/" + id, otherOwner, null), 404);
        require(api.call("GET", "/v1/workspaces/" + otherWorkspace + "/mailboxes/" + id, otherOwner, null), 404);
        require(api.call("DELETE", "/v1/workspaces/" + otherWorkspace + "/mailboxes/" + id, otherOwner, null), 404);
        assertThat(mailu.requests(RequestMethod.DELETE, "/api/v1/user/hu%40acme.test")).isEmpty();
    }

    private static List<String> audit(String id) {
        return api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT action FROM audit_log WHERE target_id = :id ORDER BY occurred_at, action")
                .bind("id", id).mapTo(String.class).list());
    }

    private static String mailboxes() {
        return "/v1/workspaces/" + workspace + "/mailboxes";
    }
}
