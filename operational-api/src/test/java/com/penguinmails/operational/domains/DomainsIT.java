package com.penguinmails.operational.domains;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.OperationalApiConfiguration;
import com.penguinmails.operational.TestDatabases;
import com.penguinmails.operational.access.TokenHashes;
import com.penguinmails.operational.dns.LoopbackDnsServer;
import com.penguinmails.operational.sessions.SessionTokens;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.glassfish.jersey.client.ClientProperties;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sending domains through the running service: records to publish, verification against a DNS server started on
 * loopback (and a second one for propagation), sealed DKIM keys, rotation, DMARC stages, permissions and audit.
 */
@ExtendWith(EmbeddedStackExtension.class)
class DomainsIT {

    private static final String DATABASE = "domains_it";
    private static final String SERVICE_TOKEN = "test-service-token";

    private static LoopbackDnsServer primary;
    private static LoopbackDnsServer secondary;
    private static DropwizardAppExtension<OperationalApiConfiguration> app;
    private static Jdbi jdbi;

    private String tenant;
    private String workspace;
    private String adminToken;
    private String viewerToken;

    @BeforeAll
    static void startApplication(EmbeddedStack stack) throws Exception {
        primary = LoopbackDnsServer.start();
        secondary = LoopbackDnsServer.start();
        DataSource database = TestDatabases.create(stack, DATABASE);
        jdbi = Jdbi.create(database);
        app = new DropwizardAppExtension<>(OperationalApiApplication.class,
                ResourceHelpers.resourceFilePath("operational-api-test.yml"),
                ConfigOverride.config("database.url", TestDatabases.jdbcUrl(stack, DATABASE)),
                ConfigOverride.config("database.user", stack.postgres().username()),
                ConfigOverride.config("database.password", stack.postgres().password()),
                ConfigOverride.config("domains.dns.resolvers", primary.address() + "," + secondary.address()),
                ConfigOverride.config("domains.dns.timeout", "1 second"));
        app.before();
    }

    @AfterAll
    static void stopApplication() throws Exception {
        if (app != null) {
            app.after();
        }
        primary.close();
        secondary.close();
    }

    @BeforeEach
    void organisationWithAnAdminAndAViewer() {
        primary.clear();
        secondary.clear();
        tenant = "t-" + UUID.randomUUID();
        workspace = "ws-" + UUID.randomUUID();
        jdbi.useHandle(handle -> {
            handle.execute("INSERT INTO tenants (id, name) VALUES (?, ?)", tenant, "Acme");
            handle.execute("INSERT INTO workspaces (id, tenant_id, name) VALUES (?, ?, 'main')", workspace, tenant);
        });
        adminToken = person("admin", null);
        viewerToken = person("viewer", workspace);
    }

    /** A signed-in person of the tenant with {@code role} organisation-wide or in {@code workspaceId}. */
    private String person(String role, String workspaceId) {
        String userId = "u-" + UUID.randomUUID();
        String token = SessionTokens.next();
        Instant now = Instant.now();
        jdbi.useHandle(handle -> {
            handle.execute("INSERT INTO users (id, tenant_id, email, password_hash) VALUES (?, ?, ?, 'unused')",
                    userId, tenant, userId + "@acme.io");
            handle.execute("INSERT INTO memberships (user_id, tenant_id, workspace_id, role) VALUES (?, ?, ?, ?)",
                    userId, tenant, workspaceId, role);
            handle.createUpdate("""
                    INSERT INTO sessions (id, user_id, tenant_id, token_hash, created_at, last_used_at, expires_at,
                                          source_address)
                    VALUES (:id, :user, :tenant, :hash, :now, :now, :expires, '127.0.0.1')""")
                    .bind("id", "s-" + UUID.randomUUID()).bind("user", userId).bind("tenant", tenant)
                    .bind("hash", TokenHashes.sha256(token)).bind("now", now)
                    .bind("expires", now.plus(1, ChronoUnit.HOURS))
                    .execute();
        });
        return token;
    }

    @Test
    void verifiesADomainAsItsRecordsArePublished() {
        JsonNode domain = create(Map.of("name", "Send.Acme.io", "tracking_domain", "track.send.acme.io"));
        String id = domain.get("id").asText();
        String selector = "pm" + YearMonth.now(ZoneOffset.UTC).toString().replace("-", "");

        assertThat(domain.get("name").asText()).isEqualTo("send.acme.io");
        assertThat(domain.get("bounce_domain").asText()).isEqualTo("bounces.send.acme.io");
        assertThat(domain.get("status").asText()).isEqualTo("pending");
        assertThat(domain.get("dmarc_stage").asText()).isEqualTo("none");
        assertThat(domain.at("/dkim_keys/0/selector").asText()).isEqualTo(selector);
        assertThat(domain.at("/dkim_keys/0/bits").asInt()).isEqualTo(2048);

        List<JsonNode> records = records(id);
        assertThat(records).extracting(record -> record.get("purpose").asText())
                .containsExactly("spf", "bounce_spf", "dkim", "dmarc", "bounce_mx", "tracking_cname");
        assertThat(records.get(2).get("name").asText()).isEqualTo(selector + "._domainkey.send.acme.io");
        assertThat(records.get(2).get("character_strings")).hasSize(2);

        JsonNode nothing = verify(id);
        assertThat(nothing.get("status").asText()).isEqualTo("pending");
        assertThat(statuses(nothing)).containsExactly("missing", "missing", "missing", "missing", "missing", "missing");

        publish(primary, records.subList(0, 3));
        primary.addTxt("_dmarc.send.acme.io", "v=DMARC1; p=none");
        JsonNode partial = verify(id);
        assertThat(partial.get("status").asText()).isEqualTo("pending");
        assertThat(statuses(partial)).containsExactly("found", "found", "found", "wrong", "missing", "missing");
        assertThat(partial.at("/records/3/seen/0").asText()).isEqualTo("v=DMARC1; p=none");
        assertThat(partial.at("/records/3/detail").asText()).contains("rua lacks");

        primary.remove("send.acme.io", "TXT");
        primary.addTxt("send.acme.io", "v=spf1 include:_spf.google.com ~all");
        primary.remove("_dmarc.send.acme.io", "TXT");
        publish(primary, records.subList(3, 6));
        JsonNode wrongSpf = verify(id);
        assertThat(statuses(wrongSpf)).containsExactly("wrong", "found", "found", "found", "found", "found");
        assertThat(wrongSpf.at("/records/0/seen/0").asText()).isEqualTo("v=spf1 include:_spf.google.com ~all");
        assertThat(wrongSpf.at("/records/0/detail").asText()).isEqualTo("SPF record lacks include:_spf.penguinmails.io");
        assertThat(trackingDomains()).noneMatch(entry -> entry.get("domain").asText().equals("track.send.acme.io"));

        primary.remove("send.acme.io", "TXT");
        publish(primary, records.subList(0, 1));
        JsonNode verified = verify(id);
        assertThat(verified.get("status").asText()).isEqualTo("verified");
        assertThat(statuses(verified)).containsOnly("found");

        JsonNode stored = getJson("/v1/workspaces/" + workspace + "/domains/" + id, viewerToken);
        assertThat(stored.get("status").asText()).isEqualTo("verified");
        assertThat(stored.get("verified_at").isNull()).isFalse();
        assertThat(getJson("/v1/workspaces/" + workspace + "/domains/" + id + "/verification", viewerToken)
                .at("/records/0/status").asText()).isEqualTo("found");
        assertThat(trackingDomains()).anySatisfy(entry -> {
            assertThat(entry.get("domain").asText()).isEqualTo("track.send.acme.io");
            assertThat(entry.get("tenant_id").asText()).isEqualTo(tenant);
        });

        primary.clear();
        assertThat(verify(id).get("status").asText()).isEqualTo("failing");
        assertThat(trackingDomains()).anyMatch(entry -> entry.get("domain").asText().equals("track.send.acme.io"));
    }

    @Test
    void reportsEachResolversViewForPropagation() {
        String id = create(Map.of("name", "prop.acme.io", "dkim_key_bits", 1024)).get("id").asText();
        List<JsonNode> records = records(id);
        publish(primary, records);
        publish(secondary, records.subList(0, 2));

        JsonNode propagation = getJson("/v1/workspaces/" + workspace + "/domains/" + id + "/propagation", viewerToken);

        assertThat(propagation.get("consistent").asBoolean()).isFalse();
        assertThat(propagation.at("/resolvers/0/resolver").asText()).isEqualTo(primary.address());
        assertThat(propagation.at("/resolvers/0/all_required_found").asBoolean()).isTrue();
        assertThat(propagation.at("/resolvers/1/resolver").asText()).isEqualTo(secondary.address());
        assertThat(propagation.at("/resolvers/1/all_required_found").asBoolean()).isFalse();
        assertThat(statuses(propagation.at("/resolvers/1"))).containsExactly("found", "found", "missing", "missing",
                "missing");

        publish(secondary, records.subList(2, records.size()));
        assertThat(getJson("/v1/workspaces/" + workspace + "/domains/" + id + "/propagation", viewerToken)
                .get("consistent").asBoolean()).isTrue();
    }

    @Test
    void storesTheDkimPrivateKeyOnlySealedAndItMatchesThePublishedKey() throws Exception {
        String id = create(Map.of("name", "sealed.acme.io", "dkim_key_bits", 1024)).get("id").asText();
        Map<String, Object> row = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT selector, public_key, private_key_sealed FROM dkim_keys WHERE domain_id = :id")
                .bind("id", id).mapToMap().one());
        byte[] sealed = (byte[]) row.get("private_key_sealed");
        String selector = (String) row.get("selector");

        PrivateKey opened = KeyFactory.getInstance("RSA").generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
                app.getConfiguration().getSecrets().build().open(sealed, DkimKey.sealingContext(id, selector))));
        RSAPublicKey published = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode((String) row.get("public_key"))));

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("PRIVATE KEY");
        assertThat(indexOf(sealed, opened.getEncoded())).isEqualTo(-1);
        assertThat(((RSAPrivateCrtKey) opened).getModulus()).isEqualTo(published.getModulus());
        assertThat(((RSAPrivateCrtKey) opened).getPublicExponent()).isEqualTo(published.getPublicExponent());
        assertThat(records(id).get(2).get("value").asText())
                .isEqualTo("v=DKIM1; k=rsa; p=" + row.get("public_key"));
    }

    @Test
    void rotatesDkimKeepingTheRetiringKeyListedUntilRemoved() {
        String id = create(Map.of("name", "rotate.acme.io", "dkim_key_bits", 1024)).get("id").asText();
        String base = "/v1/workspaces/" + workspace + "/domains/" + id;

        JsonNode rotated = send(base + "/dkim/rotate", adminToken, "POST", null, 200);
        assertThat(rotated.get("dkim_keys")).hasSize(2);
        assertThat(rotated.at("/dkim_keys/0/active").asBoolean()).isTrue();
        assertThat(rotated.at("/dkim_keys/1/active").asBoolean()).isFalse();
        String active = rotated.at("/dkim_keys/0/selector").asText();
        String retiring = rotated.at("/dkim_keys/1/selector").asText();
        assertThat(active).isEqualTo(retiring + "b");
        assertThat(records(id)).filteredOn(record -> record.get("purpose").asText().equals("dkim"))
                .extracting(record -> record.get("required").asBoolean()).containsExactly(true, false);

        send(base + "/dkim/" + active, adminToken, "DELETE", null, 409);
        send(base + "/dkim/" + retiring, adminToken, "DELETE", null, 204);
        assertThat(getJson(base, adminToken).get("dkim_keys")).hasSize(1);
    }

    @Test
    void advancesDmarcOnlyOnceVerified() {
        String id = create(Map.of("name", "dmarc.acme.io", "dkim_key_bits", 1024)).get("id").asText();
        String base = "/v1/workspaces/" + workspace + "/domains/" + id;
        send(base + "/dmarc/advance", adminToken, "POST", null, 409);

        publish(primary, records(id));
        verify(id);
        JsonNode advanced = send(base + "/dmarc/advance", adminToken, "POST", null, 200);

        assertThat(advanced.get("dmarc_stage").asText()).isEqualTo("quarantine_25");
        assertThat(records(id).get(3).get("value").asText()).contains("p=quarantine; pct=25");
        assertThat(verify(id).at("/records/3/status").asText()).isEqualTo("wrong");
    }

    @Test
    void refusesBadInputWith422AndDuplicatesWith409() {
        String base = "/v1/workspaces/" + workspace + "/domains";
        assertThat(send(base, adminToken, "POST", Map.of("name", "not a domain"), 422).at("/fields/name/0").asText())
                .isEqualTo("is not a valid host name");
        assertThat(send(base, adminToken, "POST", Map.of("name", "acme.io", "tracking_domain", "track.other.io"), 422)
                .at("/errors/0").asText()).isEqualTo("tracking_domain must be a subdomain of acme.io");
        send(base, adminToken, "POST", Map.of("name", "acme.io", "dkim_key_bits", 512), 422);
        send(base, adminToken, "POST", Map.of(), 422);

        create(Map.of("name", "dup.acme.io", "tracking_domain", "t.dup.acme.io", "dkim_key_bits", 1024));
        send(base, adminToken, "POST", Map.of("name", "DUP.acme.io", "dkim_key_bits", 1024), 409);
        create(Map.of("name", "other.acme.io", "dkim_key_bits", 1024));
        String otherId = getJson(base, adminToken).at("/domains/1/id").asText();
        send(base + "/" + otherId, adminToken, "PATCH", Map.of("tracking_domain", "t.dup.acme.io"), 422);
    }

    @Test
    void enforcesPermissionsAndHidesOtherTenants() {
        String base = "/v1/workspaces/" + workspace + "/domains";
        String id = create(Map.of("name", "perm.acme.io", "dkim_key_bits", 1024)).get("id").asText();

        send(base, viewerToken, "POST", Map.of("name", "viewer.acme.io"), 403);
        send(base + "/" + id + "/verify", viewerToken, "POST", null, 403);
        send(base + "/" + id, viewerToken, "DELETE", null, 403);
        assertThat(getJson(base, viewerToken).get("domains")).hasSize(1);
        send(base, null, "GET", null, 401);

        String ownTenant = tenant;
        String ownWorkspace = workspace;
        organisationWithAnAdminAndAViewer();
        send("/v1/workspaces/" + ownWorkspace + "/domains", adminToken, "GET", null, 404);
        send("/v1/workspaces/" + ownWorkspace + "/domains/" + id, adminToken, "GET", null, 404);
        send("/v1/workspaces/" + workspace + "/domains/" + id, adminToken, "GET", null, 404);
        assertThat(ownTenant).isNotEqualTo(tenant);

        send("/internal/v1/tracking-domains", adminToken, "GET", null, 403);
    }

    @Test
    void auditsEveryChange() {
        String base = "/v1/workspaces/" + workspace + "/domains";
        String id = create(Map.of("name", "audit.acme.io", "dkim_key_bits", 1024)).get("id").asText();
        send(base + "/" + id, adminToken, "PATCH", Map.of("tracking_domain", "t.audit.acme.io"), 200);
        verify(id);
        send(base + "/" + id + "/dkim/rotate", adminToken, "POST", null, 200);
        send(base + "/" + id, adminToken, "DELETE", null, 204);

        List<Map<String, Object>> rows = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT action, actor, after::text AS after FROM audit_log WHERE tenant_id = :tenant AND target_id = :id"
                        + " ORDER BY id").bind("tenant", tenant).bind("id", id).mapToMap().list());

        assertThat(rows).extracting(row -> row.get("action")).containsExactly("domain.create", "domain.update",
                "domain.verify", "domain.dkim_rotate", "domain.delete");
        assertThat(rows).allSatisfy(row -> assertThat((String) row.get("actor")).startsWith("user:"));
        assertThat((String) rows.get(1).get("after")).contains("t.audit.acme.io");
        assertThat(rows).allSatisfy(row -> assertThat(String.valueOf(row.get("after"))).doesNotContain("sealed"));
    }

    private JsonNode create(Map<String, Object> body) {
        return send("/v1/workspaces/" + workspace + "/domains", adminToken, "POST", body, 201);
    }

    private List<JsonNode> records(String id) {
        List<JsonNode> records = new ArrayList<>();
        getJson("/v1/workspaces/" + workspace + "/domains/" + id + "/records", viewerToken).get("records")
                .forEach(records::add);
        return records;
    }

    private JsonNode verify(String id) {
        return send("/v1/workspaces/" + workspace + "/domains/" + id + "/verify", adminToken, "POST", null, 200);
    }

    private List<JsonNode> trackingDomains() {
        List<JsonNode> domains = new ArrayList<>();
        getJson("/internal/v1/tracking-domains", SERVICE_TOKEN).get("tracking_domains").forEach(domains::add);
        return domains;
    }

    private static List<String> statuses(JsonNode verification) {
        List<String> statuses = new ArrayList<>();
        verification.get("records").forEach(check -> statuses.add(check.get("status").asText()));
        return statuses;
    }

    /** Publishes {@code records} on {@code server} exactly as the API lists them. */
    private static void publish(LoopbackDnsServer server, List<JsonNode> records) {
        for (JsonNode record : records) {
            String name = record.get("name").asText();
            String value = record.get("value").asText();
            switch (record.get("type").asText()) {
                case "TXT" -> {
                    List<String> strings = new ArrayList<>();
                    record.get("character_strings").forEach(string -> strings.add(string.asText()));
                    server.addTxt(name, strings.toArray(String[]::new));
                }
                case "MX" -> server.addMx(name, Integer.parseInt(value.substring(0, value.indexOf(' '))),
                        value.substring(value.indexOf(' ') + 1));
                case "CNAME" -> server.addCname(name, value);
                default -> throw new IllegalArgumentException(record.toString());
            }
        }
    }

    private JsonNode getJson(String path, String token) {
        return send(path, token, "GET", null, 200);
    }

    private static JsonNode send(String path, String token, String method, Object body, int expectedStatus) {
        // RSA key generation on a busy machine can take longer than the client's default read timeout.
        Invocation.Builder request = app.client().target("http://127.0.0.1:" + app.getLocalPort() + path)
                .property(ClientProperties.READ_TIMEOUT, 60_000).request();
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        try (Response response = body == null ? request.method(method)
                : request.method(method, Entity.entity(body, MediaType.APPLICATION_JSON))) {
            String text = response.readEntity(String.class);
            assertThat(response.getStatus()).as("%s %s: %s", method, path, text).isEqualTo(expectedStatus);
            return text == null || text.isEmpty() ? null : readTree(text);
        }
    }

    private static JsonNode readTree(String text) {
        try {
            return app.getObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(text, e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
