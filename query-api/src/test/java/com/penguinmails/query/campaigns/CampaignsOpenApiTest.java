package com.penguinmails.query.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.query.QueryApiApplication;
import com.penguinmails.query.abtest.AbMetric;
import com.penguinmails.query.abtest.AbTestReport;
import com.penguinmails.query.abtest.AbTestRequest;
import com.penguinmails.query.abtest.VariantActivity;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.series.SeriesBuckets;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the OpenAPI document's campaign and A/B entries in step with the parameters and answers of the code. */
class CampaignsOpenApiTest {

    private static final TimeRange RANGE = new TimeRange(Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-11-02T00:00:00Z"));
    private static final ObjectMapper MAPPER = Jackson.newObjectMapper();

    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = QueryApiApplication.class.getResourceAsStream(QueryApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void listsExactlyTheAcceptedQueryParameters() {
        assertThat(queryParameters("/v1/analytics/campaigns")).isEqualTo(CampaignListRequest.PARAMETERS);
        assertThat(queryParameters("/v1/analytics/campaigns/compare")).isEqualTo(CampaignComparisonRequest.PARAMETERS);
        assertThat(queryParameters("/v1/analytics/campaigns/{campaign_id}/ab")).isEqualTo(AbTestRequest.PARAMETERS);
    }

    @Test
    void describesEveryFieldOfTheAnswersAndNoOther() {
        CampaignKpis kpis = CampaignKpis.of("c-1", CampaignCounters.ZERO, Audience.ALL, 0L, RANGE.from(), RANGE.to());
        CampaignList list = new CampaignList(RANGE.from(), RANGE.to(), "all", "day", "sends", 1, List.of(kpis));
        CampaignComparison comparison = new CampaignComparison(RANGE.from(), RANGE.to(), "day", "UTC", "all", "day",
                List.of(kpis), List.of(new CampaignSeries("c-1",
                        new SeriesBuckets(Interval.DAY, ZoneId.of("UTC")).starts(RANGE).stream()
                                .map(start -> SeriesPoint.of(start, CampaignCounters.ZERO, Audience.ALL)).toList())));
        AbTestReport report = AbTestReport.of(
                new AbTestRequest("acme", "c-1", RANGE, AbMetric.REPLY, Audience.ALL, AnalyticsFilters.none()),
                List.of(new VariantActivity("A", new CampaignCounters(10, 9, 1, 0, 0, 3, 2, 1, 1, 1), 0L)));
        JsonNode schemas = document.at("/components/schemas");

        assertFields(schemas.at("/CampaignList"), MAPPER.valueToTree(list));
        assertFields(schemas.at("/CampaignKpis"), MAPPER.valueToTree(kpis));
        assertFields(schemas.at("/CampaignComparison"), MAPPER.valueToTree(comparison));
        assertFields(schemas.at("/SeriesPoint"), MAPPER.valueToTree(comparison).at("/series/0/points/0"));
        assertFields(schemas.at("/AbTestReport"), MAPPER.valueToTree(report));
        assertFields(schemas.at("/VariantResult"), MAPPER.valueToTree(report).at("/variants/0"));
    }

    private static void assertFields(JsonNode schema, JsonNode json) {
        List<String> documented = names(schema.get("properties"));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(names(json));
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(name -> required.add(name.asText()));
        assertThat(required).containsExactlyInAnyOrderElementsOf(documented);
    }

    private static Set<String> queryParameters(String path) {
        JsonNode parameters = document.get("paths").get(path).at("/get/parameters");
        Set<String> names = new HashSet<>();
        StreamSupport.stream(parameters.spliterator(), false)
                .filter(parameter -> parameter.get("in").asText().equals("query"))
                .forEach(parameter -> names.add(parameter.get("name").asText()));
        return names;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
