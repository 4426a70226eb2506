package com.penguinmails.operational.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.OperationalApiConfiguration;
import com.penguinmails.operational.TestDatabases;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.glassfish.jersey.client.ClientProperties;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** API keys through the whole service: issued, used, listed, rotated, revoked, validated by services, audited. */
@ExtendWith(EmbeddedStackExtension.class)
class ApiKeysIT {

    private static final String DATABASE = "api_keys_it";
    private static final String SERVICE_TOKEN = "test-service-token";
    private static final String PASSWORD = "correct horse battery staple";

    private static DropwizardAppExtension<OperationalApiConfiguration> app;
    private static Jdbi jdbi;

    @BeforeAll
    static void startApplication(EmbeddedStack stack) throws Exception {
        DataSource database = TestDatabases.create(stack, DATABASE);
        jdbi = Jdbi.create(database);
        app = new DropwizardAppExtension<>(OperationalApiApplication.class,
                ResourceHelpers.resourceFilePath("operational-api-test.yml"),
                ConfigOverride.config("database.url", TestDatabases.jdbcUrl(stack, DATABASE)),
                ConfigOverride.config("database.user", stack.postgres().username()),
                ConfigOverride.config("database.password", stack.postgres().password()),
                ConfigOverride.config("kafka.bootstrapServers", stack.kafka().bootstrapServers()),
                ConfigOverride.config("apiKeys.environment", "test"),
                ConfigOverride.config("apiKeys.lastUsedFlushInterval", "200ms"));
        app.before();
    }

    @AfterAll
    static void stopApplication() {
        if (app != null) {
            app.after();
        }
    }

    /** Signs up a new organisation and signs its owner in; returns {organisation id, session token}. */
    private static String[] signedUpOwner() {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        String organisationId;
        try (Response signUp = request("/v1/signup", null).post(Entity.json(Map.of(
                "organisation", "Org " + email, "email", email, "password", PASSWORD)))) {
            assertThat(signUp.getStatus()).isEqualTo(201);
            organisationId = signUp.readEntity(JsonNode.class).get("organisation_id").asText();
        }
        try (Response signIn = request("/v1/sessions", null).post(Entity.json(Map.of(
                "email", email, "password", PASSWORD)))) {
            assertThat(signIn.getStatus()).isEqualTo(201);
            return new String[] {organisationId, signIn.readEntity(JsonNode.class).get("token").asText()};
        }
    }

    private static Invocation.Builder request(String path, String bearer) {
        // Generous: sign-up and sign-in hash with Argon2id, slow on a busy shared machine.
        Invocation.Builder builder = app.client().target("http://127.0.0.1:" + app.getLocalPort() + path).request()
                .property(ClientProperties.READ_TIMEOUT, 120_000);
        return bearer == null ? builder : builder.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer);
    }

    private static JsonNode create(String bearer, Map<String, Object> body) {
        try (Response response = request("/v1/api-keys", bearer).post(Entity.json(body))) {
            assertThat(response.getStatus()).as("create %s", body).isEqualTo(201);
            return response.readEntity(JsonNode.class);
        }
    }

    private static int status(Invocation.Builder request, String method, Object body) {
        try (Response response = body == null ? request.method(method) : request.method(method, Entity.json(body))) {
            return response.getStatus();
        }
    }

    private static int validate(String secret) {
        return status(request("/internal/v1/api-keys/validate", SERVICE_TOKEN), "POST",
                Map.of("secret_sha256", ApiKeyHasher.sha256Hex(secret)));
    }

    @Test
    void createdKeyIsShownOnceAndListedWithoutItsSecret() {
        String[] owner = signedUpOwner();
        JsonNode created = create(owner[1], Map.of("name", "sender", "scopes", List.of("events:write"),
                "rate_limit_per_second", 250));
        String secret = created.get("secret").asText();
        JsonNode key = created.get("api_key");

        assertThat(secret).matches("pm_test_[A-Za-z0-9]{12}_[A-Za-z0-9]{43}").startsWith(key.get("prefix").asText());
        assertThat(key.get("scopes")).hasSize(1);
        assertThat(key.get("rate_limit_per_second").asInt()).isEqualTo(250);
        assertThat(key.get("status").asText()).isEqualTo("active");
        assertThat(key.get("created_by").asText()).startsWith("user:");
        try (Response list = request("/v1/api-keys", owner[1]).get()) {
            String body = list.readEntity(String.class);
            assertThat(list.getStatus()).isEqualTo(200);
            assertThat(body).contains(key.get("id").asText()).doesNotContain(secret.substring(secret.lastIndexOf('_') + 1));
        }
        String stored = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT secret_sha256 FROM api_keys WHERE id = :id").bind("id", key.get("id").asText())
                .mapTo(String.class).one());
        assertThat(stored).isEqualTo(ApiKeyHasher.sha256Hex(secret));
    }

    @Test
    void servicesValidateLiveKeysByHashOnly() {
        String[] owner = signedUpOwner();
        JsonNode created = create(owner[1], Map.of("name", "reader", "scopes", List.of("analytics:read")));
        String secret = created.get("secret").asText();

        try (Response response = request("/internal/v1/api-keys/validate", SERVICE_TOKEN)
                .post(Entity.json(Map.of("secret_sha256", ApiKeyHasher.sha256Hex(secret))))) {
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode validation = response.readEntity(JsonNode.class);
            assertThat(validation.get("tenant_id").asText()).isEqualTo(owner[0]);
            assertThat(validation.get("key_id").asText()).isEqualTo(created.at("/api_key/id").asText());
            assertThat(validation.get("scopes").get(0).asText()).isEqualTo("analytics:read");
            assertThat(validation.get("rate_limit_per_second").isNull()).isTrue();
        }
        assertThat(validate("pm_test_unknown")).isEqualTo(404);
        assertThat(status(request("/internal/v1/api-keys/validate", owner[1]), "POST",
                Map.of("secret_sha256", ApiKeyHasher.sha256Hex(secret)))).as("a person is not a service")
                .isEqualTo(403);
        assertThat(status(request("/internal/v1/api-keys/validate", SERVICE_TOKEN), "POST",
                Map.of("secret_sha256", "not-hex"))).isEqualTo(422);
    }

    @Test
    void revokedKeyStopsAuthenticatingAtOnce() {
        String[] owner = signedUpOwner();
        JsonNode created = create(owner[1], Map.of("name", "admin key", "scopes", List.of("admin")));
        String secret = created.get("secret").asText();
        String id = created.at("/api_key/id").asText();
        assertThat(status(request("/v1/api-keys", secret), "GET", null)).as("an admin key manages keys").isEqualTo(200);

        try (Response revoked = request("/v1/api-keys/" + id, owner[1]).delete()) {
            assertThat(revoked.getStatus()).isEqualTo(200);
            assertThat(revoked.readEntity(JsonNode.class).get("status").asText()).isEqualTo("revoked");
        }

        assertThat(status(request("/v1/api-keys", secret), "GET", null)).isEqualTo(401);
        assertThat(validate(secret)).isEqualTo(404);
        assertThat(status(request("/v1/api-keys/" + id + "/rotate", owner[1]), "POST", Map.of())).isEqualTo(409);
        List<String> actions = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT action FROM audit_log WHERE target_type = 'api_key' AND target_id = :id ORDER BY id")
                .bind("id", id).mapTo(String.class).list());
        assertThat(actions).containsExactly("api_key.create", "api_key.revoke");
    }

    @Test
    void rotationKeepsTheOldSecretForTheGracePeriodOnly() {
        String[] owner = signedUpOwner();
        JsonNode created = create(owner[1], Map.of("name", "sender", "scopes", List.of("events:write")));
        String first = created.get("secret").asText();
        String id = created.at("/api_key/id").asText();

        JsonNode graceful;
        try (Response response = request("/v1/api-keys/" + id + "/rotate", owner[1]).post(Entity.json(Map.of()))) {
            assertThat(response.getStatus()).isEqualTo(201);
            graceful = response.readEntity(JsonNode.class);
        }
        String second = graceful.get("secret").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(graceful.at("/api_key/rotated_from").asText()).isEqualTo(id);
        assertThat(graceful.at("/api_key/name").asText()).isEqualTo("sender");
        assertThat(validate(first)).as("old secret during the default 24 h grace").isEqualTo(200);
        assertThat(validate(second)).isEqualTo(200);

        JsonNode immediate;
        try (Response response = request("/v1/api-keys/" + graceful.at("/api_key/id").asText() + "/rotate", owner[1])
                .post(Entity.json(Map.of("grace_period_seconds", 0)))) {
            assertThat(response.getStatus()).isEqualTo(201);
            immediate = response.readEntity(JsonNode.class);
        }
        assertThat(validate(second)).as("grace 0 ends the old secret at once").isEqualTo(404);
        assertThat(validate(immediate.get("secret").asText())).isEqualTo(200);
    }

    @Test
    void anotherOrganisationsKeysAreNotFound() {
        String[] acme = signedUpOwner();
        String[] globex = signedUpOwner();
        JsonNode acmeKey = create(acme[1], Map.of("name", "acme", "scopes", List.of("events:write")));
        String id = acmeKey.at("/api_key/id").asText();

        assertThat(status(request("/v1/api-keys/" + id, globex[1]), "GET", null)).isEqualTo(404);
        assertThat(status(request("/v1/api-keys/" + id, globex[1]), "DELETE", null)).isEqualTo(404);
        assertThat(status(request("/v1/api-keys/" + id + "/rotate", globex[1]), "POST", Map.of())).isEqualTo(404);
        try (Response list = request("/v1/api-keys", globex[1]).get()) {
            assertThat(list.readEntity(JsonNode.class).get("api_keys")).isEmpty();
        }
        assertThat(validate(acmeKey.get("secret").asText())).isEqualTo(200);
    }

    @Test
    void keysWithoutAdminScopeCannotManageKeys() {
        String[] owner = signedUpOwner();
        String writer = create(owner[1], Map.of("name", "w", "scopes", List.of("events:write"))).get("secret").asText();

        assertThat(status(request("/v1/api-keys", writer), "GET", null)).isEqualTo(403);
        assertThat(status(request("/v1/api-keys", writer), "POST",
                Map.of("name", "x", "scopes", List.of("admin")))).isEqualTo(403);
        assertThat(status(request("/v1/api-keys", null), "GET", null)).isEqualTo(401);
    }

    @Test
    void invalidRequestsGet422WithFieldMessages() {
        String[] owner = signedUpOwner();

        try (Response response = request("/v1/api-keys", owner[1]).post(Entity.json(Map.of(
                "name", "", "scopes", List.of("events:write", "root"), "rate_limit_per_second", 0)))) {
            assertThat(response.getStatus()).isEqualTo(422);
            // Field names as bean validation reports them (Java or JSON spelling, whichever the error mapping uses).
            assertThat(response.readEntity(String.class)).contains("name").contains("scopes")
                    .containsPattern("rate_?[lL]imit_?[pP]er_?[sS]econd");
        }
        try (Response response = request("/v1/api-keys", owner[1]).post(Entity.json(Map.of(
                "name", "w", "scopes", List.of("events:write"), "workspace_id", "not-mine")))) {
            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(response.readEntity(String.class)).contains("workspace_id");
        }
    }

    @Test
    void usedKeysGetALastUsedTimeWrittenInBatches() {
        String[] owner = signedUpOwner();
        JsonNode created = create(owner[1], Map.of("name", "r", "scopes", List.of("admin")));
        String id = created.at("/api_key/id").asText();
        assertThat(created.at("/api_key/last_used_at").isNull()).isTrue();

        assertThat(status(request("/v1/api-keys/" + id, created.get("secret").asText()), "GET", null)).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (Response response = request("/v1/api-keys/" + id, owner[1]).get()) {
                return !response.readEntity(JsonNode.class).get("last_used_at").isNull();
            }
        });
    }
}
