package com.penguinmails.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverviewJsonTest {

    private static final ObjectMapper MAPPER = Jackson.newObjectMapper();

    @Test
    void writesTheDocumentedWireFormat() throws IOException {
        QueryParameters parameters = new QueryParameters(Map.of("campaign_id", List.of("c-1"),
                "provider", List.of("gmail")));
        OverviewRequest request = new OverviewRequest("acme",
                new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-03T00:00:00Z")),
                ZoneId.of("Europe/Berlin"), Interval.DAY, Audience.HUMAN,
                AnalyticsFilters.parse(parameters, OverviewRequest.FILTERS));
        Map<Instant, Map<String, Long>> buckets = Map.of(
                Instant.parse("2026-11-01T23:00:00Z"), Map.of("send", 4L, "open", 5L));
        EventTotals totals = new EventTotals(List.of(
                new EventTotals.TypeTotal("send", 4, 4),
                new EventTotals.TypeTotal("delivered", 3, 3),
                new EventTotals.TypeTotal("bounce", 1, 1),
                new EventTotals.TypeTotal("open", 5, 2),
                new EventTotals.TypeTotal("click", 1, 1),
                new EventTotals.TypeTotal("conversion", 2, 0)));

        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(Overview.of(request, totals, buckets)));

        try (InputStream fixture = OverviewJsonTest.class.getResourceAsStream("/fixtures/overview.json")) {
            assertThat(written).isEqualTo(MAPPER.readTree(fixture));
        }
        assertThat(MAPPER.writeValueAsString(Overview.of(request, totals, buckets)))
                .startsWith("{\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-03T00:00:00Z\",\"campaign_id\":\"c-1\","
                        + "\"tz\":\"Europe/Berlin\",\"interval\":\"day\",\"audience\":\"human\",");
    }
}
