package com.penguinmails.query.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.deliverability.Resolution;
import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignListRequestTest {

    private static final Duration MAX = Duration.ofDays(400);

    @Test
    void readsDefaults() {
        CampaignListRequest request = parse(Map.of());

        assertThat(request.audience()).isEqualTo(Audience.ALL);
        assertThat(request.sort()).isEqualTo(CampaignSort.SENDS);
        assertThat(request.limit()).isEqualTo(100);
        assertThat(request.filters().isEmpty()).isTrue();
        assertThat(request.resolution()).isEqualTo(Resolution.DAY);
    }

    @Test
    void readsFiltersSortLimitAndAudience() {
        CampaignListRequest request = parse(Map.of("provider", "google", "step", "02", "sort", "reply_rate",
                "limit", "5", "audience", "human"));

        assertThat(request.filters().value(AnalyticsFilter.PROVIDER)).hasValue("google");
        assertThat(request.filters().value(AnalyticsFilter.STEP)).hasValue("2");
        assertThat(request.sort()).isEqualTo(CampaignSort.REPLY_RATE);
        assertThat(request.limit()).isEqualTo(5);
        assertThat(request.audience()).isEqualTo(Audience.HUMAN);
    }

    @Test
    void acceptsWorkspaceAndRefusesTheTenantAsAParameter() {
        assertThat(parse(Map.of("workspace_id", "w-1")).filters().value(AnalyticsFilter.WORKSPACE)).hasValue("w-1");
        assertThatThrownBy(() -> parse(Map.of("tenant_id", "globex")))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining("unknown query parameter(s): 'tenant_id'");
    }

    @Test
    void refusesBadLimitSortAndAudience() {
        for (String limit : List.of("0", "1001", "ten", "-1")) {
            assertThatThrownBy(() -> parse(Map.of("limit", limit))).hasMessageContaining("limit must be");
        }
        assertThatThrownBy(() -> parse(Map.of("sort", "sends DESC"))).hasMessageContaining("sort must be one of");
        assertThatThrownBy(() -> parse(Map.of("audience", "bots"))).hasMessageContaining("audience must be");
    }

    @Test
    void refusesARepeatedFilter() {
        Map<String, List<String>> values = new HashMap<>(base());
        values.put("provider", List.of("google", "microsoft"));

        assertThatThrownBy(() -> CampaignListRequest.parse("acme", new QueryParameters(values), MAX))
                .hasMessageContaining("at most once");
    }

    private static Map<String, List<String>> base() {
        return Map.of("from", List.of("2026-11-01T00:00:00Z"), "to", List.of("2026-11-15T00:00:00Z"));
    }

    private static CampaignListRequest parse(Map<String, String> extra) {
        Map<String, List<String>> values = new HashMap<>(base());
        extra.forEach((name, value) -> values.put(name, List.of(value)));
        return CampaignListRequest.parse("acme", new QueryParameters(values), MAX);
    }
}
