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

    @Test
    void acceptsWorkspaceAndHumanAudienceButRefusesWhatTheTableCannotHonour() {
        HeatmapRequest request = parse(Map.of("from", List.of("2026-11-01T00:00:00Z"),
                "to", List.of("2026-12-01T00:00:00Z"), "workspace_id", List.of("ws-1"), "audience", List.of("human")));

        assertThat(request.filters().byParameter()).containsExactly(Map.entry("workspace_id", "ws-1"));
        assertThat(HeatmapQuery.build(request).sql()).contains("workspace_id = {filter_workspace:String}");
        assertThatThrownBy(() -> parse(Map.of("from", List.of("2026-11-01T00:00:00Z"),
                "to", List.of("2026-12-01T00:00:00Z"), "audience", List.of("all"))))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageStartingWith("the heatmap counts human engagement only");
        assertThatThrownBy(() -> parse(Map.of("from", List.of("2026-11-01T00:00:00Z"),
                "to", List.of("2026-12-01T00:00:00Z"), "variant", List.of("A"))))
                .hasMessageStartingWith("unknown query parameter(s): 'variant'; accepted: audience, campaign_id,");
    }

    private static HeatmapRequest parse(Map<String, List<String>> parameters) {
        return HeatmapRequest.parse("acme", new QueryParameters(parameters), MAX);
    }
}
