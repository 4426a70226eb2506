package com.penguinmails.operational.domains;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.events.Topics;
import com.penguinmails.ingestion.IngestionApplication;
import com.penguinmails.ingestion.IngestionConfiguration;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.OperationalApiConfiguration;
import com.penguinmails.operational.TestDatabases;
import com.penguinmails.operational.access.TokenHashes;
import com.penguinmails.operational.dns.LoopbackDnsServer;
import com.penguinmails.operational.sessions.SessionTokens;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A custom tracking domain created and verified in the operational API is served by ingestion for that tenant: links
 * of the tenant are built on it, and another tenant's links are refused on it.
 */
@ExtendWith(EmbeddedStackExtension.class)
class TrackingDomainsServedByIngestionIT {

    private static final String DATABASE = "tracking_domains_it";
    private static final String TRACKING_HOST = "track.send.acme.test";
    private static final String INGESTION_PREFIX = "ingestion-it";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LoopbackDnsServer dns;
    private static DropwizardAppExtension<OperationalApiConfiguration> operational;
    private static DropwizardAppExtension<IngestionConfiguration> ingestion;
    private static int ingestionPort;
    private static String adminToken;
    private static String workspace;

    @BeforeAll
    static void startServices(EmbeddedStack stack) throws Exception {
        dns = LoopbackDnsServer.start();
        DataSource database = TestDatabases.create(stack, DATABASE);
        operational = new DropwizardAppExtension<>(OperationalApiApplication.class,
                ResourceHelpers.resourceFilePath("operational-api-test.yml"),
                ConfigOverride.config("database.url", TestDatabases.jdbcUrl(stack, DATABASE)),
                ConfigOverride.config("database.user", stack.postgres().username()),
                ConfigOverride.config("database.password", stack.postgres().password()),
                ConfigOverride.config("domains.dns.resolvers", dns.address()));
        operational.before();
        seedAcme(Jdbi.create(database));

        stack.kafka().createTopic(Topics.EVENTS_RAW, 4);
        ingestionPort = freePort();
        byte[] trackingKey = new byte[32];
        new java.security.SecureRandom().nextBytes(trackingKey);
        // Overrides travel as system properties: ingestion's get a prefix of their own, or it would read the
        // operational API's too.
        ingestion = new DropwizardAppExtension<>(IngestionApplication.class,
                ResourceHelpers.resourceFilePath("ingestion-tracking-domains-it.yml"), INGESTION_PREFIX,
                ConfigOverride.config(INGESTION_PREFIX, "kafka.bootstrapServers", stack.kafka().bootstrapServers()),
                ConfigOverride.config(INGESTION_PREFIX, "server.applicationConnectors[0].port",
                        Integer.toString(ingestionPort)),
                ConfigOverride.config(INGESTION_PREFIX, "tracking.baseUrl", "http://127.0.0.1:" + ingestionPort),
                ConfigOverride.config(INGESTION_PREFIX, "tracking.masterKey",
                        Base64.getEncoder().encodeToString(trackingKey)),
                ConfigOverride.config(INGESTION_PREFIX, "tracking.operationalDomains.url",
                        "http://127.0.0.1:" + operational.getLocalPort()));
        ingestion.before();
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (ingestion != null) {
            ingestion.after();
        }
        if (operational != null) {
            operational.after();
        }
        dns.close();
    }

    private static void seedAcme(Jdbi jdbi) {
        workspace = "ws-" + UUID.randomUUID();
        String userId = "u-" + UUID.randomUUID();
        adminToken = SessionTokens.next();
        Instant now = Instant.now();
        jdbi.useHandle(handle -> {
            handle.execute("INSERT INTO tenants (id, name) VALUES ('acme', 'Acme')");
            handle.execute("INSERT INTO workspaces (id, tenant_id, name) VALUES (?, 'acme', 'main')", workspace);
            handle.execute("INSERT INTO users (id, tenant_id, email, password_hash) VALUES (?, 'acme', ?, 'unused')",
                    userId, userId + "@acme.test");
            handle.execute("INSERT INTO memberships (user_id, tenant_id, role) VALUES (?, 'acme', 'admin')", userId);
            handle.createUpdate("""
                    INSERT INTO sessions (id, user_id, tenant_id, token_hash, created_at, last_used_at, expires_at,
                                          source_address)
                    VALUES (:id, :user, 'acme', :hash, :now, :now, :expires, '127.0.0.1')""")
                    .bind("id", "s-" + UUID.randomUUID()).bind("user", userId)
                    .bind("hash", TokenHashes.sha256(adminToken)).bind("now", now)
                    .bind("expires", now.plus(1, ChronoUnit.HOURS))
                    .execute();
        });
    }

    @Test
    void servesTheTenantsLinksOnItsVerifiedTrackingDomain() throws Exception {
        JsonNode domain = operationalCall("POST", "/v1/workspaces/" + workspace + "/domains",
                Map.of("name", "send.acme.test", "tracking_domain", TRACKING_HOST, "dkim_key_bits", 1024));
        String id = domain.get("id").asText();

        String acmeBefore = clickUrl("pm_it_domains_acme");
        String globexLink = clickUrl("pm_it_domains_globex");
        assertThat(URI.create(acmeBefore).getHost()).isEqualTo("127.0.0.1");
        assertThat(statusOnHost(globexLink, TRACKING_HOST)).isEqualTo(302);

        for (JsonNode record : operationalCall("GET", "/v1/workspaces/" + workspace + "/domains/" + id + "/records",
                null).get("records")) {
            String name = record.get("name").asText();
            String value = record.get("value").asText();
            switch (record.get("type").asText()) {
                case "TXT" -> dns.addTxt(name, JSON.convertValue(record.get("character_strings"), String[].class));
                case "MX" -> dns.addMx(name, 10, value.substring(value.indexOf(' ') + 1));
                default -> dns.addCname(name, value);
            }
        }
        assertThat(operationalCall("POST", "/v1/workspaces/" + workspace + "/domains/" + id + "/verify", null)
                .get("status").asText()).isEqualTo("verified");

        String acmeAfter = awaitLinkOnHost("pm_it_domains_acme", TRACKING_HOST);
        assertThat(acmeAfter).startsWith("http://" + TRACKING_HOST + ":" + ingestionPort + "/t/c/");
        assertThat(statusOnHost(acmeAfter, TRACKING_HOST)).isEqualTo(302);
        assertThat(statusOnHost(globexLink, TRACKING_HOST)).isEqualTo(404);
        assertThat(URI.create(clickUrl("pm_it_domains_globex")).getHost()).isEqualTo("127.0.0.1");
    }

    private static String awaitLinkOnHost(String apiKey, String host) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String url = clickUrl(apiKey);
        while (!host.equals(URI.create(url).getHost()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            url = clickUrl(apiKey);
        }
        return url;
    }

    /** A click-tracking URL the sender API builds for a message of the key's tenant. */
    private static String clickUrl(String apiKey) throws Exception {
        String body = JSON.writeValueAsString(Map.of("message_id", "m-" + UUID.randomUUID(), "contact_id", "ct-1",
                "html", "<html><body><a href=\"https://acme.test/offer\">Offer</a></body></html>"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ingestionPort + "/v1/tracking/messages"))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).at("/links/0/tracking_url").asText();
    }

    /** The status of a GET of {@code url}'s path sent to ingestion with {@code Host: host}, as a browser would. */
    private static int statusOnHost(String url, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), ingestionPort)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + URI.create(url).getRawPath() + " HTTP/1.1\r\nHost: " + host + ":" + ingestionPort
                    + "\r\nUser-Agent: Mozilla/5.0 TrackingDomainsIT\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static JsonNode operationalCall(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + operational.getLocalPort() + path))
                .header("Authorization", "Bearer " + adminToken)
                .timeout(Duration.ofSeconds(60));
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
