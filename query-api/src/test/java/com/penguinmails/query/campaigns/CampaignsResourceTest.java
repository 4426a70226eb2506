package com.penguinmails.query.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.apikeys.ConfiguredApiKeys;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.query.csv.CsvMessageBodyWriter;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.InvalidQueryParameterExceptionMapper;
import com.penguinmails.query.store.AnalyticsStoreUnavailableExceptionMapper;
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
class CampaignsResourceTest {

    private static final String ACME_KEY = "pm_acme_query_key";
    private static final RecordingCampaignsSource SOURCE = new RecordingCampaignsSource();

    private static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(new ConfiguredApiKeys(List.of(
                    new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex(ACME_KEY))))))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addProvider(new InvalidQueryParameterExceptionMapper())
            .addProvider(new AnalyticsStoreUnavailableExceptionMapper())
            .addProvider(new CsvMessageBodyWriter())
            .addResource(new CampaignsResource(SOURCE, Duration.ofDays(400)))
            .build();

    @AfterEach
    void resetSource() {
        SOURCE.reset();
    }

    @Test
    void sortsAndLimitsTheKeysTenantsCampaigns() {
        SOURCE.answer(List.of(kpis("c-low", 100, 2), kpis("c-high", 50, 10), kpis("c-mid", 80, 5)));

        try (Response response = get(campaigns().queryParam("sort", "reply_rate").queryParam("limit", "2"))) {
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("total").asInt()).isEqualTo(3);
            assertThat(body.get("campaigns")).hasSize(2);
            assertThat(body.at("/campaigns/0/campaign_id").asText()).isEqualTo("c-high");
            assertThat(body.at("/campaigns/1/campaign_id").asText()).isEqualTo("c-mid");
            assertThat(body.at("/campaigns/0/first_send").asText()).isEqualTo("2026-11-02T00:00:00Z");
        }
        assertThat(SOURCE.requests()).singleElement()
                .satisfies(request -> assertThat(((CampaignListRequest) request).tenantId()).isEqualTo("acme"));
    }

    @Test
    void exportsTheListAsCsv() {
        SOURCE.answer(List.of(kpis("=c-1", 100, 2)));

        try (Response response = campaigns().request("text/csv")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ACME_KEY).get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            List<String> lines = response.readEntity(String.class).lines().toList();
            assertThat(lines.get(0)).isEqualTo(String.join(",", CampaignKpis.CSV_HEADER));
            assertThat(lines.get(1)).startsWith("'=c-1,100,");
        }
    }

    @Test
    void passesRepeatedCampaignIdsToTheComparison() {
        try (Response response = get(compare().queryParam("campaign_id", "b", "a").queryParam("tz", "Europe/Berlin"))) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(JsonNode.class).get("tz").asText()).isEqualTo("Europe/Berlin");
        }
        CampaignComparisonRequest request = (CampaignComparisonRequest) SOURCE.requests().get(0);
        assertThat(request.campaignIds()).containsExactly("b", "a");
        assertThat(request.tenantId()).isEqualTo("acme");
    }

    @Test
    void answersBadParametersWith400BeforeReadingAnything() {
        try (Response tenant = get(campaigns().queryParam("tenant_id", "globex"));
                Response one = get(compare().queryParam("campaign_id", "a"));
                Response limit = get(campaigns().queryParam("limit", "0"))) {
            assertThat(tenant.getStatus()).isEqualTo(400);
            assertThat(tenant.readEntity(JsonNode.class).get("message").asText()).contains("'tenant_id'");
            assertThat(one.getStatus()).isEqualTo(400);
            assertThat(limit.getStatus()).isEqualTo(400);
        }
        assertThat(SOURCE.requests()).isEmpty();
    }

    @Test
    void refusesRequestsWithoutAValidKey() {
        try (Response missing = campaigns().request().get();
                Response unknown = campaigns().request().header(HttpHeaders.AUTHORIZATION, "Bearer pm_nope").get()) {
            assertThat(missing.getStatus()).isEqualTo(401);
            assertThat(unknown.getStatus()).isEqualTo(401);
        }
        assertThat(SOURCE.requests()).isEmpty();
    }

    private static CampaignKpis kpis(String id, long sends, long replies) {
        CampaignCounters counters = new CampaignCounters(sends, sends, 0, 0, 0, 0, 0, 0, 0, replies);
        return CampaignKpis.of(id, counters, Audience.ALL, 0L, Instant.parse("2026-11-02T00:00:00Z"),
                Instant.parse("2026-11-03T00:00:00Z"));
    }

    private static WebTarget campaigns() {
        return RESOURCES.target("/v1/analytics/campaigns")
                .queryParam("from", "2026-11-01T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z");
    }

    private static WebTarget compare() {
        return RESOURCES.target("/v1/analytics/campaigns/compare")
                .queryParam("from", "2026-11-01T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z");
    }

    private static Response get(WebTarget target) {
        return target.request().header(HttpHeaders.AUTHORIZATION, "Bearer " + ACME_KEY).get();
    }
}
