package com.penguinmails.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.apikeys.ConfiguredApiKeys;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.query.request.InvalidQueryParameterExceptionMapper;
import com.penguinmails.query.store.AnalyticsStoreUnavailableExceptionMapper;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class OverviewResourceTest {

    private static final String ACME_KEY = "pm_acme_query_key";
    private static final RecordingOverviewSource SOURCE = new RecordingOverviewSource();

    private static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(new ConfiguredApiKeys(List.of(
                    new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex(ACME_KEY))))))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addProvider(new InvalidQueryParameterExceptionMapper())
            .addProvider(new AnalyticsStoreUnavailableExceptionMapper())
            .addResource(new OverviewResource(SOURCE, Duration.ofDays(400)))
            .build();

    @AfterEach
    void resetSource() {
        SOURCE.reset();
    }

    @Test
    void answersCountsUniqueMessagesAndRatesForTheKeysTenant() {
        SOURCE.answer(new EventTotals(List.of(
                new EventTotals.TypeTotal("send", 4, 4),
                new EventTotals.TypeTotal("delivered", 3, 3),
                new EventTotals.TypeTotal("open", 5, 2))));

        try (Response response = get(overview().queryParam("campaign_id", "c-1"), ACME_KEY)) {
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("from").asText()).isEqualTo("2026-11-01T00:00:00Z");
            assertThat(body.get("to").asText()).isEqualTo("2026-12-01T00:00:00Z");
            assertThat(body.get("campaign_id").asText()).isEqualTo("c-1");
            assertThat(body.get("counts").get("open").asLong()).isEqualTo(5);
            assertThat(body.get("counts").get("conversion").asLong()).isZero();
            assertThat(body.get("unique_messages").get("open").asLong()).isEqualTo(2);
            assertThat(body.get("rates").get("delivery").asDouble()).isEqualTo(0.75);
            assertThat(body.get("rates").get("open").asDouble()).isEqualTo(0.6667);
        }
        assertThat(SOURCE.requests()).singleElement()
                .satisfies(request -> assertThat(request.tenantId()).isEqualTo("acme"));
    }

    @Test
    void leavesCampaignIdOutWhenNotFiltering() {
        try (Response response = get(overview(), ACME_KEY)) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(JsonNode.class).has("campaign_id")).isFalse();
        }
    }

    @Test
    void refusesRequestsWithoutAValidKeyBeforeReadingAnything() {
        try (Response missing = overview().request().get();
                Response unknown = get(overview(), "pm_not_a_key")) {
            assertThat(missing.getStatus()).isEqualTo(401);
            assertThat(unknown.getStatus()).isEqualTo(401);
        }
        assertThat(SOURCE.requests()).isEmpty();
    }

    @Test
    void answersBadParametersWith400AndAMessage() {
        assertBadRequest(RESOURCES.target("/v1/analytics/overview").queryParam("to", "2026-12-01T00:00:00Z"),
                "missing required query parameter 'from'");
        assertBadRequest(RESOURCES.target("/v1/analytics/overview")
                        .queryParam("from", "last week").queryParam("to", "2026-12-01T00:00:00Z"),
                "from must be an ISO-8601 date-time with an offset");
        assertBadRequest(RESOURCES.target("/v1/analytics/overview")
                        .queryParam("from", "2026-12-02T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z"),
                "must be before to");
        assertBadRequest(RESOURCES.target("/v1/analytics/overview")
                        .queryParam("from", "2024-01-01T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z"),
                "longer than the maximum of 400 days");
        assertBadRequest(overview().queryParam("tenant_id", "globex"), "unknown query parameter(s): 'tenant_id'");
        assertBadRequest(overview().queryParam("campaign_id", "c".repeat(257)), "at most 256 characters");
        assertBadRequest(overview().queryParam("from", "2026-11-02T00:00:00Z"), "'from' must be given at most once");
        assertThat(SOURCE.requests()).isEmpty();
    }

    @Test
    void answersAnOutageWith503AndRetryAfter() {
        SOURCE.failAsUnavailable();

        try (Response response = get(overview(), ACME_KEY)) {
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(response.readEntity(JsonNode.class).get("message").asText())
                    .contains("ClickHouse").contains("not reachable");
        }
    }

    private static void assertBadRequest(WebTarget target, String messagePart) {
        try (Response response = get(target, ACME_KEY)) {
            assertThat(response.getStatus()).isEqualTo(400);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("code").asInt()).isEqualTo(400);
            assertThat(body.get("message").asText()).contains(messagePart);
        }
    }

    private static WebTarget overview() {
        return RESOURCES.target("/v1/analytics/overview")
                .queryParam("from", "2026-11-01T00:00:00Z")
                .queryParam("to", "2026-12-01T00:00:00Z");
    }

    private static Response get(WebTarget target, String apiKey) {
        return target.request().header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey).get();
    }
}
