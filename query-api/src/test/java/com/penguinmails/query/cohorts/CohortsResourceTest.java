package com.penguinmails.query.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.apikeys.ApiKeyHasher;
import com.penguinmails.apikeys.ApiKeysFactory;
import com.penguinmails.apikeys.ConfiguredApiKeys;
import com.penguinmails.apikeys.TenantPrincipal;
import com.penguinmails.query.QueryApiApplication;
import com.penguinmails.query.request.InvalidQueryParameterExceptionMapper;
import com.penguinmails.query.store.AnalyticsStoreUnavailableExceptionMapper;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CohortsResourceTest {

    private static final String ACME_KEY = "pm_acme_query_key";
    private static final FakeCohortsSource SOURCE = new FakeCohortsSource();
    private static final Instant AS_OF = Instant.parse("2026-11-26T12:00:00Z");

    private static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addProvider(ApiKeysFactory.authFeature(new ConfiguredApiKeys(List.of(
                    new ApiKeysFactory.ConfiguredKey("acme", ApiKeyHasher.sha256Hex(ACME_KEY))))))
            .addProvider(new AuthValueFactoryProvider.Binder<>(TenantPrincipal.class))
            .addProvider(new InvalidQueryParameterExceptionMapper())
            .addProvider(new AnalyticsStoreUnavailableExceptionMapper())
            .addResource(new CohortsResource(CohortSnapshots.none(SOURCE, () -> AS_OF), Duration.ofDays(400)))
            .build();

    @AfterEach
    void resetSource() {
        SOURCE.reset();
    }

    @Test
    void answersTheMatrixForTheKeysTenantInTheDocumentedShape() throws Exception {
        // Two slices of one cohort: the answer is their sum.
        LocalDate cohortStart = LocalDate.of(2026, 11, 2);
        SOURCE.answer(List.of(
                new CohortSlice(cohortStart, Instant.parse("2026-11-02T09:00:00Z"), 3, new long[] {3, 1},
                        new long[] {3, 1}, List.of(new ConversionValue(1, "EUR", new BigDecimal("4.0000")))),
                new CohortSlice(cohortStart, Instant.parse("2026-11-03T14:00:00Z"), 1, new long[] {1, 0},
                        new long[] {1, 1}, List.of(new ConversionValue(1, "EUR", new BigDecimal("6.0000"))))));

        try (Response response = get(cohorts().queryParam("period", "week").queryParam("periods", "2")
                .queryParam("tz", "Europe/Berlin"), ACME_KEY)) {
            assertThat(response.getStatus()).isEqualTo(200);
            JsonNode body = response.readEntity(JsonNode.class);
            assertThat(body.get("tz").asText()).isEqualTo("Europe/Berlin");
            assertThat(body.get("period").asText()).isEqualTo("week");
            assertThat(body.get("cohort_by").asText()).isEqualTo("first_send");
            assertThat(body.get("activity").asText()).isEqualTo("open");
            assertThat(body.has("campaign_id")).isFalse();
            assertThat(body.get("as_of").asText()).isEqualTo("2026-11-26T12:00:00Z");
            assertThat(body.get("cohorts")).hasSize(1);
            JsonNode cohort = body.get("cohorts").get(0);
            assertThat(cohort.get("start").asText()).isEqualTo("2026-11-02");
            JsonNode second = cohort.get("periods").get(1);
            assertThat(second.get("start").asText()).isEqualTo("2026-11-09");
            assertThat(second.get("share").asDouble()).isEqualTo(0.25);
            assertThat(second.get("share_unbounded").asDouble()).isEqualTo(0.5);
            assertThat(second.get("ltv").get("EUR").decimalValue()).isEqualByComparingTo("2.5");

            JsonNode document = openApiSchemas();
            assertThat(names(body)).containsExactlyInAnyOrderElementsOf(
                    without(names(document.at("/Cohorts/properties")), "campaign_id"));
            assertThat(names(cohort)).containsExactlyInAnyOrderElementsOf(names(document.at("/Cohort/properties")));
            assertThat(names(second)).containsExactlyInAnyOrderElementsOf(
                    names(document.at("/RetentionCell/properties")));
        }
        assertThat(SOURCE.requests()).singleElement()
                .satisfies(request -> assertThat(request.tenantId()).isEqualTo("acme"));
    }

    @Test
    void rejectsBadParametersWith400AndMissingKeysWith401() {
        try (Response bad = get(cohorts().queryParam("activity", "bounce"), ACME_KEY);
                Response missing = cohorts().request().get()) {
            assertThat(bad.getStatus()).isEqualTo(400);
            assertThat(bad.readEntity(JsonNode.class).get("message").asText()).contains("activity must be one of");
            assertThat(missing.getStatus()).isEqualTo(401);
        }
        assertThat(SOURCE.requests()).isEmpty();
    }

    @Test
    void documentsExactlyTheAcceptedQueryParameters() throws Exception {
        JsonNode document;
        try (InputStream in = QueryApiApplication.class.getResourceAsStream(QueryApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        JsonNode parameters = document.at("/paths/~1v1~1analytics~1cohorts/get/parameters");
        assertThat(StreamSupport.stream(parameters.spliterator(), false).map(p -> p.get("name").asText()).toList())
                .containsExactlyInAnyOrderElementsOf(CohortsRequest.PARAMETERS);
    }

    private static JsonNode openApiSchemas() throws Exception {
        try (InputStream in = QueryApiApplication.class.getResourceAsStream(QueryApiApplication.OPENAPI_DOCUMENT)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in).at("/components/schemas");
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> without(List<String> names, String name) {
        return names.stream().filter(n -> !n.equals(name)).toList();
    }

    private static WebTarget cohorts() {
        return RESOURCES.target("/v1/analytics/cohorts")
                .queryParam("from", "2026-11-01T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z");
    }

    private static Response get(WebTarget target, String key) {
        return target.request().header(HttpHeaders.AUTHORIZATION, "Bearer " + key).get();
    }
}
