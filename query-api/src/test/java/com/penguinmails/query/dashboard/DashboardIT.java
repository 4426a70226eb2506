package com.penguinmails.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.query.QueryApiApplication;
import com.penguinmails.query.QueryApiConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Boots the whole query API and reads the dashboard from it. Serving the page needs no ClickHouse, so the app points
 * at a closed port: an overview request then answers 503, which also shows it got past authentication and validation.
 */
class DashboardIT {

    private static final String ACME_KEY = "acme-query-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DropwizardAppExtension<QueryApiConfiguration> app;

    @BeforeAll
    static void start() throws Exception {
        app = new DropwizardAppExtension<>(QueryApiApplication.class,
                ResourceHelpers.resourceFilePath("query-api-test.yml"),
                ConfigOverride.config("clickHouse.url", "http://127.0.0.1:" + closedPort()),
                ConfigOverride.config("clickHouse.database", "dashboard_it"),
                ConfigOverride.config("clickHouse.connectTimeoutMs", "1000"));
        app.before();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.after();
        }
    }

    @Test
    void servesThePageWithoutAKeyUnderTheContentSecurityPolicy() {
        try (Response response = get("/")) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getMediaType().toString()).isEqualTo("text/html;charset=utf-8");
            assertThat(response.getHeaderString("Content-Security-Policy"))
                    .isEqualTo(DashboardResource.CONTENT_SECURITY_POLICY);
            assertThat(response.readEntity(String.class))
                    .contains("data-metric=\"count.send\"", "data-metric=\"count.conversion\"",
                            "data-metric=\"rate.delivery\"", "data-metric=\"rate.complaint\"");
        }
    }

    @Test
    void servesTheScriptAndStyleSheetThePageLoads() {
        try (Response script = get("/dashboard/pages.js"); Response style = get("/dashboard/dashboard.css")) {
            assertThat(script.getStatus()).isEqualTo(200);
            assertThat(script.getMediaType().toString()).isEqualTo("text/javascript;charset=utf-8");
            assertThat(script.readEntity(String.class)).contains("/v1/analytics/overview");
            assertThat(style.getStatus()).isEqualTo(200);
            assertThat(style.getMediaType().toString()).isEqualTo("text/css;charset=utf-8");
        }
    }

    @Test
    void leavesTheApiBehindItsKeyAndTheOpenApiDocumentInPlace() {
        try (Response overview = get("/v1/analytics/overview?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z");
                Response document = get("/openapi.yaml")) {
            assertThat(overview.getStatus()).isEqualTo(401);
            assertThat(document.getStatus()).isEqualTo(200);
            assertThat(document.readEntity(String.class)).contains("/v1/analytics/overview:").doesNotContain("/dashboard");
        }
    }

    @Test
    void acceptsTheQueryShapeTheScriptSendsAndGivesAMessageToShow() throws IOException {
        // As the script builds it: Date.toISOString() bounds and encodeURIComponent values.
        String query = "from=2026-11-01T00%3A00%3A00.000Z&to=2026-11-08T00%3A00%3A00.000Z&campaign_id=spring%20launch%2B1";
        try (Response response = app.client().target(url("/v1/analytics/overview?" + query)).request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ACME_KEY).get()) {
            assertThat(response.getStatus()).isEqualTo(503);
            JsonNode body = JSON.readTree(response.readEntity(String.class));
            assertThat(body.get("message").asText()).contains("ClickHouse");
        }
    }

    private static Response get(String path) {
        return app.client().target(url(path)).request().get();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + app.getLocalPort() + path;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
