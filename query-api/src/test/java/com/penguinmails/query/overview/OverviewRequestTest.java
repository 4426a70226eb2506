package com.penguinmails.query.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverviewRequestTest {

    private static final Duration MAX = Duration.ofDays(400);

    @Test
    void readsRangeAndCampaignAndKeepsTheAuthenticatedTenant() {
        OverviewRequest request = OverviewRequest.parse("acme", parameters(
                "from", "2026-11-01T00:00:00Z", "to", "2026-12-01T00:00:00Z", "campaign_id", "c-1"), MAX);

        assertThat(request.tenantId()).isEqualTo("acme");
        assertThat(request.range().from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(request.range().to()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(request.campaignId()).contains("c-1");
    }

    @Test
    void campaignIsOptional() {
        OverviewRequest request = OverviewRequest.parse("acme", parameters(
                "from", "2026-11-01T00:00:00Z", "to", "2026-12-01T00:00:00Z"), MAX);

        assertThat(request.campaignId()).isEmpty();
    }

    @Test
    void rejectsATenantParameterInsteadOfHonouringIt() {
        assertThatThrownBy(() -> OverviewRequest.parse("acme", parameters(
                "from", "2026-11-01T00:00:00Z", "to", "2026-12-01T00:00:00Z", "tenant_id", "globex"), MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageContaining("unknown query parameter(s): 'tenant_id'");
    }

    @Test
    void requiresFromAndTo() {
        assertThatThrownBy(() -> OverviewRequest.parse("acme", parameters("to", "2026-12-01T00:00:00Z"), MAX))
                .hasMessage("missing required query parameter 'from'");
        assertThatThrownBy(() -> OverviewRequest.parse("acme", parameters("from", "2026-12-01T00:00:00Z"), MAX))
                .hasMessage("missing required query parameter 'to'");
    }

    @Test
    void acceptsCampaignIdsUpTo256CharactersOnly() {
        String longest = "c".repeat(OverviewRequest.MAX_CAMPAIGN_ID_LENGTH);

        assertThat(OverviewRequest.parse("acme", parameters(
                "from", "2026-11-01T00:00:00Z", "to", "2026-12-01T00:00:00Z", "campaign_id", longest), MAX).campaignId())
                .contains(longest);
        assertThatThrownBy(() -> OverviewRequest.parse("acme", parameters(
                "from", "2026-11-01T00:00:00Z", "to", "2026-12-01T00:00:00Z", "campaign_id", longest + "c"), MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessage("campaign_id must be at most 256 characters; got 257");
    }

    @Test
    void rejectsAnEmptyCampaignId() {
        assertThatThrownBy(() -> OverviewRequest.parse("acme", parameters(
                "from", "2026-11-01T00:00:00Z", "to", "2026-12-01T00:00:00Z", "campaign_id", ""), MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessageStartingWith("campaign_id must not be empty");
    }

    private static QueryParameters parameters(String... namesAndValues) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return new QueryParameters(values);
    }
}
