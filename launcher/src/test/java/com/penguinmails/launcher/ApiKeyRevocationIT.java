package com.penguinmails.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.launcher.demo.DemoOrganisations;
import com.penguinmails.launcher.demo.DemoTenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys issued by the operational API at work in ingestion and the query API (both on the remote, cached key store):
 * scopes are enforced, a key acts only for its own organisation, a rotated key's new secret works at once, and a
 * revoked or rotated-out key stops working at both services within the configured cache lifetime.
 */
class ApiKeyRevocationIT {

    /** Short, so the test runs quickly; the production default is 30 s, and the configuration refuses over 60 s. */
    private static final Duration CACHE_TTL = Duration.ofSeconds(2);
    /** Slack for one validation round trip and the request itself on a busy machine. */
    private static final Duration SLACK = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    private static LocalPlatform platform;
    private static String ownerToken;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startPlatform() throws Exception {
        LocalPlatformOptions options = LocalPlatformOptions.defaults().withDataDir(dataDir).withBasePort(0)
                .withCheckpointInterval(Duration.ofMillis(500)).withApiKeyCacheTtl(CACHE_TTL);
        platform = LocalPlatform.start(options, List.of("t-acme", "t-globex"));
        HttpResponse<String> signIn = send(platform.operationalApiUri(), "POST", "/v1/sessions", null,
                Map.of("email", DemoOrganisations.ownerEmail("t-acme"), "password", options.ownerPassword()));
        assertThat(signIn.statusCode()).isEqualTo(201);
        ownerToken = JSON.readTree(signIn.body()).get("token").asText();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private static HttpResponse<String> send(URI base, String method, String path, String bearer, Object body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text
                                : JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", body instanceof String ? "application/x-ndjson" : "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String event(String eventId) {
        return "{\"event_id\":\"" + eventId + "\",\"type\":\"bounce\",\"occurred_at\":\"" + Instant.now()
                + "\",\"message_id\":\"m-" + eventId + "\",\"campaign_id\":\"c-1\",\"contact_id\":\"ct-9\","
                + "\"recipient_domain\":\"gmail.com\",\"bounce\":{\"bounce_type\":\"hard\",\"reason\":\"user_unknown\","
                + "\"smtp_code\":550}}\n";
    }

    private static int postEvent(String key) throws Exception {
        return send(platform.ingestionUri(), "POST", "/v1/events", key, event("e-" + UUID.randomUUID())).statusCode();
    }

    private static int readOverview(String key) throws Exception {
        Instant now = Instant.now();
        return send(platform.queryApiUri(), "GET", "/v1/analytics/overview?from=" + now.minus(Duration.ofDays(1))
                + "&to=" + now.plus(Duration.ofDays(1)), key, null).statusCode();
    }

    /** Issues a key of t-acme through the operational API; returns {id, secret}. */
    private static String[] issue(List<String> scopes) throws Exception {
        HttpResponse<String> created = send(platform.operationalApiUri(), "POST", "/v1/api-keys", ownerToken,
                Map.of("name", "it " + scopes, "scopes", scopes));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        return new String[] {body.at("/api_key/id").asText(), body.get("secret").asText()};
    }

    @Test
    void revokedKeyGets401AtIngestionAndTheQueryApiWithinTheCacheLifetime() throws Exception {
        String[] key = issue(List.of("events:write", "analytics:read"));
        assertThat(postEvent(key[1])).isEqualTo(202);
        assertThat(readOverview(key[1])).isEqualTo(200);

        assertThat(send(platform.operationalApiUri(), "DELETE", "/v1/api-keys/" + key[0], ownerToken, null)
                .statusCode()).isEqualTo(200);

        await().atMost(CACHE_TTL.plus(SLACK)).pollInterval(Duration.ofMillis(200))
                .until(() -> postEvent(key[1]) == 401 && readOverview(key[1]) == 401);
        assertThat(postEvent(key[1])).as("stays refused").isEqualTo(401);
        assertThat(readOverview(key[1])).isEqualTo(401);
    }

    @Test
    void rotatedKeysNewSecretWorksAtOnceAndTheOldOneEndsWithinTheCacheLifetime() throws Exception {
        String[] key = issue(List.of("events:write", "analytics:read"));
        assertThat(postEvent(key[1])).isEqualTo(202);

        HttpResponse<String> rotated = send(platform.operationalApiUri(), "POST", "/v1/api-keys/" + key[0] + "/rotate",
                ownerToken, Map.of("grace_period_seconds", 0));
        assertThat(rotated.statusCode()).isEqualTo(201);
        String newSecret = JSON.readTree(rotated.body()).get("secret").asText();

        assertThat(postEvent(newSecret)).isEqualTo(202);
        assertThat(readOverview(newSecret)).isEqualTo(200);
        await().atMost(CACHE_TTL.plus(SLACK)).pollInterval(Duration.ofMillis(200))
                .until(() -> postEvent(key[1]) == 401 && readOverview(key[1]) == 401);
    }

    @Test
    void eachServiceRequiresItsScope() throws Exception {
        String reader = issue(List.of("analytics:read"))[1];
        String writer = issue(List.of("events:write"))[1];

        assertThat(postEvent(reader)).as("analytics:read cannot post events").isEqualTo(403);
        assertThat(readOverview(reader)).isEqualTo(200);
        assertThat(postEvent(writer)).isEqualTo(202);
        assertThat(readOverview(writer)).as("events:write cannot read analytics").isEqualTo(403);
        assertThat(postEvent("pm_live_AAAAAAAAAAAA_" + "A".repeat(43))).isEqualTo(401);
    }

    @Test
    void eventsPostedWithAKeyBelongToItsOwnOrganisationOnly() throws Exception {
        DemoTenant acme = platform.tenants().get(0);
        DemoTenant globex = platform.tenants().get(1);
        assertThat(acme.tenantId()).isNotEqualTo(globex.tenantId());
        String eventId = "e-" + UUID.randomUUID();

        assertThat(send(platform.ingestionUri(), "POST", "/v1/events", globex.apiKey(), event(eventId)).statusCode())
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> !tenantsOf(eventId).isEmpty());
        assertThat(tenantsOf(eventId)).containsExactly(globex.tenantId());
    }

    private static List<String> tenantsOf(String eventId) throws Exception {
        return platform.clickHouse().queryAll("SELECT tenant_id FROM events WHERE event_id = {id:String}",
                Map.of("id", eventId)).stream().map(row -> row.getString(1)).toList();
    }
}
