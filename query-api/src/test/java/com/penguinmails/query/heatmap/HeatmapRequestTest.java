package com.penguinmails.query.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeatmapRequestTest {

    private static final Duration MAX = Duration.ofDays(400);

    @Test
    void readsRangeCampaignAndMetricWithOpensByDefault() {
        HeatmapRequest request = parse(Map.of("from", List.of("2026-11-01T00:00:00Z"),
                "to", List.of("2026-12-01T00:00:00Z"), "campaign_id", List.of("c-1")));

        assertThat(request.tenantId()).isEqualTo("acme");
        assertThat(request.campaignId()).isEqualTo(Optional.of("c-1"));
        assertThat(request.metric()).isEqualTo(HeatmapMetric.OPENS);
        assertThat(parse(Map.of("from", List.of("2026-11-01T00:00:00Z"), "to", List.of("2026-12-01T00:00:00Z"),
                "metric", List.of("replies"))).metric()).isEqualTo(HeatmapMetric.REPLIES);
    }

    @Test
    void rejectsUnknownMetricsAndParameters() {
        assertThatThrownBy(() -> parse(Map.of("from", List.of("2026-11-01T00:00:00Z"),
                "to", List.of("2026-12-01T00:00:00Z"), "metric", List.of("bounces"))))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("opens, clicks, replies");
        assertThatThrownBy(() -> parse(Map.of("from", List.of("2026-11-01T00:00:00Z"),
                "to", List.of("2026-12-01T00:00:00Z"), "tenant_id", List.of("globex"))))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("tenant_id");
        assertThatThrownBy(() -> parse(Map.of("from", List.of("2026-11-01T00:00:00Z"),
                "to", List.of("2026-12-01T00:00:00Z"), "campaign_id", List.of(""))))
                .isInstanceOf(InvalidQueryParameterException.class);
    }

    private static HeatmapRequest parse(Map<String, List<String>> parameters) {
        return HeatmapRequest.parse("acme", new QueryParameters(parameters), MAX);
    }
}
