package com.penguinmails.query.abtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.apikeys.ConfiguredApiKeys;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.query.campaigns.CampaignCounters;
import com.penguinmails.query.request.InvalidQueryParameterExceptionMapper;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class AbTestResourceTest {

    private static final String ACME_KEY = "pm_acme_query_key";
    private static final List<AbTestRequest> REQUESTS = new CopyOnWriteArrayList<>();
    private static final AbTestSource SOURCE = request -> {
        REQUESTS.add(request);
        return List.of(variant("A", 1000, 50), variant("B", 1000, 90));
    };

    private static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(new ConfiguredApiKeys(List.of(
                    new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex(ACME_KEY))))))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addProvider(new InvalidQueryParameterExceptionMapper())
            .addResource(new AbTestResource(SOURCE, Duration.ofDays(400)))
            .build();

    @AfterEach
    void forget() {
        REQUESTS.clear();
    }

    @Test
    void answersTheVerdictForThePathsCampaignAndTheKeysTenant() {
        try (Response response = get(ab("c 1"))) {
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("campaign_id").asText()).isEqualTo("c 1");
            assertThat(body.get("metric").asText()).isEqualTo("reply");
            assertThat(body.get("verdict").asText()).isEqualTo("winner");
            assertThat(body.get("leader").asText()).isEqualTo("B");
            assertThat(body.at("/variants/1/p_value_vs_leader").isNull()).isTrue();
            assertThat(body.at("/variants/0/interval/lower").asDouble()).isGreaterThan(0);
        }
        assertThat(REQUESTS).singleElement().satisfies(request -> {
            assertThat(request.tenantId()).isEqualTo("acme");
            assertThat(request.campaignId()).isEqualTo("c 1");
        });
    }

    @Test
    void answersBadParametersWith400BeforeReadingAnything() {
        try (Response variant = get(ab("c-1").queryParam("variant", "A"));
                Response metric = get(ab("c-1").queryParam("metric", "open"));
                Response unauthenticated = ab("c-1").request().get()) {
            assertThat(variant.getStatus()).isEqualTo(400);
            assertThat(metric.getStatus()).isEqualTo(400);
            assertThat(metric.readEntity(JsonNode.class).get("message").asText()).contains("audience=human");
            assertThat(unauthenticated.getStatus()).isEqualTo(401);
        }
        assertThat(REQUESTS).isEmpty();
    }

    private static VariantActivity variant(String name, long sends, long replies) {
        return new VariantActivity(name, new CampaignCounters(sends, sends, 0, 0, 0, 0, 0, 0, 0, replies), 0L);
    }

    private static WebTarget ab(String campaignId) {
        return RESOURCES.target("/v1/analytics/campaigns/{campaign_id}/ab").resolveTemplate("campaign_id", campaignId)
                .queryParam("from", "2026-11-01T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z");
    }

    private static Response get(WebTarget target) {
        return target.request().header(HttpHeaders.AUTHORIZATION, "Bearer " + ACME_KEY).get();
    }
}
