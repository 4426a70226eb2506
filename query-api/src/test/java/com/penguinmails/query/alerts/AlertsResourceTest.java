package com.penguinmails.query.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.apikeys.ConfiguredApiKeys;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.query.csv.CsvMessageBodyWriter;
import com.penguinmails.query.request.InvalidQueryParameterExceptionMapper;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class AlertsResourceTest {

    private static final String ACME_KEY = "pm_acme_query_key";
    private static final RecordingAlertsSource SOURCE = new RecordingAlertsSource();

    private static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(new ConfiguredApiKeys(List.of(
                    new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex(ACME_KEY))))))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addProvider(new InvalidQueryParameterExceptionMapper())
            .addProvider(new CsvMessageBodyWriter())
            .addResource(new AlertsResource(SOURCE, Duration.ofDays(400)))
            .build();

    private static final Alert FIRING = new Alert("auto_pause/sending_domain:send.acme.io/2026-11-05T10:00:00Z",
            "auto_pause", "Pause", "firing", "critical", "health_score", "sending_domain", "send.acme.io", "above",
            40, 0, 300, "PT24H", Instant.parse("2026-11-05T10:00:00Z"), null, "=bounce_rate_24h_critical");

    @AfterEach
    void reset() {
        SOURCE.reset();
    }

    @Test
    void answersTheKeysTenantsAlertsAsJsonAndCsv() {
        SOURCE.answer(List.of(FIRING));

        try (Response response = get(alerts().queryParam("status", "firing"), "application/json")) {
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("status").asText()).isEqualTo("firing");
            assertThat(body.at("/alerts/0/severity").asText()).isEqualTo("critical");
            assertThat(body.at("/alerts/0/resolved_at").isNull()).isTrue();
            assertThat(body.at("/alerts/0/fired_at").asText()).isEqualTo("2026-11-05T10:00:00Z");
        }
        try (Response csv = get(alerts(), "text/csv")) {
            assertThat(csv.getStatus()).isEqualTo(200);
            String text = csv.readEntity(String.class);
            assertThat(text).startsWith("alert_id,rule_id,rule_name,state,severity");
            assertThat(text).contains(",'=bounce_rate_24h_critical");
        }
        assertThat(SOURCE.requests()).extracting(AlertsRequest::tenantId).containsOnly("acme");
    }

    @Test
    void refusesBadParametersAndMissingKeysBeforeReading() {
        try (Response bad = get(alerts().queryParam("severity", "loud"), "application/json");
                Response anonymous = alerts().request().get()) {
            assertThat(bad.getStatus()).isEqualTo(400);
            assertThat(bad.readEntity(JsonNode.class).get("message").asText()).contains("severity");
            assertThat(anonymous.getStatus()).isEqualTo(401);
        }
        assertThat(SOURCE.requests()).isEmpty();
    }

    private static WebTarget alerts() {
        return RESOURCES.target("/v1/analytics/alerts")
                .queryParam("from", "2026-11-01T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z");
    }

    private static Response get(WebTarget target, String accept) {
        return target.request(accept).header(HttpHeaders.AUTHORIZATION, "Bearer " + ACME_KEY).get();
    }
}
