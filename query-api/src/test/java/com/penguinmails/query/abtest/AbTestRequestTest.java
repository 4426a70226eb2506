package com.penguinmails.query.abtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.QueryParameters;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbTestRequestTest {

    private static final Duration MAX = Duration.ofDays(400);

    @Test
    void judgesRepliesByDefault() {
        AbTestRequest request = parse("c-1", Map.of());

        assertThat(request.metric()).isEqualTo(AbMetric.REPLY);
        assertThat(request.audience()).isEqualTo(Audience.ALL);
        assertThat(request.campaignId()).isEqualTo("c-1");
    }

    @Test
    void acceptsOpensAndClicksOnlyForTheHumanAudience() {
        assertThat(parse("c-1", Map.of("metric", "open", "audience", "human")).metric()).isEqualTo(AbMetric.OPEN);
        assertThatThrownBy(() -> parse("c-1", Map.of("metric", "click"))).hasMessageContaining("needs audience=human");
    }

    @Test
    void refusesConversionsUnderFiltersTheCreditsCannotHonour() {
        assertThat(parse("c-1", Map.of("metric", "conversion", "step", "1")).filters().value(AnalyticsFilter.STEP))
                .hasValue("1");
        assertThatThrownBy(() -> parse("c-1", Map.of("metric", "conversion", "provider", "google")))
                .hasMessageContaining("metric conversion cannot be filtered");
        assertThatThrownBy(() -> parse("c-1", Map.of("metric", "conversion", "workspace_id", "w-1")))
                .hasMessageContaining("metric conversion cannot be filtered");
    }

    @Test
    void refusesVariantAndCampaignFiltersAndBadMetrics() {
        assertThatThrownBy(() -> parse("c-1", Map.of("variant", "A"))).hasMessageContaining("'variant'");
        assertThatThrownBy(() -> parse("c-1", Map.of("campaign_id", "c-2"))).hasMessageContaining("'campaign_id'");
        assertThatThrownBy(() -> parse("c-1", Map.of("metric", "revenue"))).hasMessageContaining("metric must be");
        assertThatThrownBy(() -> parse("", Map.of())).hasMessageContaining("campaign_id must not be empty");
        assertThatThrownBy(() -> parse("x".repeat(257), Map.of())).hasMessageContaining("at most 256");
    }

    private static AbTestRequest parse(String campaignId, Map<String, String> extra) {
        Map<String, List<String>> values = new HashMap<>(Map.of(
                "from", List.of("2026-11-01T00:00:00Z"), "to", List.of("2026-11-15T00:00:00Z")));
        extra.forEach((name, value) -> values.put(name, List.of(value)));
        return AbTestRequest.parse("acme", campaignId, new QueryParameters(values), MAX);
    }
}
