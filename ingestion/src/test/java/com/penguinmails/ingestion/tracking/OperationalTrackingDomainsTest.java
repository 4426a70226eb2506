package com.penguinmails.ingestion.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The poller against a local HTTP server standing in for the operational API's tracking-domains endpoint, and the
 * domain table it feeds.
 */
class OperationalTrackingDomainsTest {

    private static final URI BASE = URI.create("https://t.penguinmails.io");

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private TrackingDomains domains;
    private OperationalTrackingDomains poller;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(OperationalTrackingDomains.PATH, exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        domains = new TrackingDomains(BASE, Map.of("acme", List.of("track.acme.io")));
        poller = new OperationalTrackingDomains(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                "svc-token", Duration.ofSeconds(30), Duration.ofSeconds(2), domains);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void servesTheVerifiedDomainsBesideTheConfiguredOnes() {
        body.set("""
                {"tracking_domains": [{"domain": "Track.Globex.com", "tenant_id": "globex"},
                                      {"domain": "links.acme.io", "tenant_id": "acme"}]}""");

        assertThat(poller.poll()).isTrue();

        assertThat(authorization.get()).isEqualTo("Bearer svc-token");
        assertThat(domains.tenantOfHost("track.globex.com")).contains("globex");
        assertThat(domains.tenantOfHost("links.acme.io")).contains("acme");
        assertThat(domains.tenantOfHost("track.acme.io")).contains("acme");
        assertThat(domains.linkBase("globex")).isEqualTo(URI.create("https://track.globex.com"));
        assertThat(domains.linkBase("acme")).isEqualTo(URI.create("https://track.acme.io"));
        assertThat(domains.serves("track.globex.com", "acme")).isFalse();
    }

    @Test
    void replacesThePreviousListAtEachPoll() {
        body.set("{\"tracking_domains\": [{\"domain\": \"track.globex.com\", \"tenant_id\": \"globex\"}]}");
        poller.poll();
        body.set("{\"tracking_domains\": []}");

        assertThat(poller.poll()).isTrue();

        assertThat(domains.tenantOfHost("track.globex.com")).isEmpty();
        assertThat(domains.linkBase("globex")).isEqualTo(BASE);
        assertThat(domains.tenantOfHost("track.acme.io")).contains("acme");
    }

    @Test
    void keepsTheLastGoodListWhenTheApiFailsOrAnswersBadly() {
        body.set("{\"tracking_domains\": [{\"domain\": \"track.globex.com\", \"tenant_id\": \"globex\"}]}");
        poller.poll();

        status.set(503);
        assertThat(poller.poll()).isFalse();
        status.set(200);
        body.set("{\"unexpected\": true}");
        assertThat(poller.poll()).isFalse();
        body.set("{\"tracking_domains\": [{\"domain\": \"x.io\"}]}");
        assertThat(poller.poll()).isFalse();
        server.stop(0);
        assertThat(poller.poll()).isFalse();

        assertThat(domains.tenantOfHost("track.globex.com")).contains("globex");
    }

    @Test
    void neverLetsAnotherTenantTakeAConfiguredHostOrTheBaseHost() {
        domains.useOperationalDomains(Map.of("globex", List.of("track.acme.io", "t.penguinmails.io", "t.globex.com")));

        assertThat(domains.tenantOfHost("track.acme.io")).contains("acme");
        assertThat(domains.tenantOfHost("t.penguinmails.io")).isEmpty();
        assertThat(domains.tenantOfHost("t.globex.com")).contains("globex");
        assertThat(domains.linkBase("globex")).isEqualTo(URI.create("https://t.globex.com"));
    }
}
