package com.penguinmails.query.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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

    @Test
    void readsZoneIntervalAudienceAndEveryFilter() {
        OverviewRequest request = OverviewRequest.parse("acme", parameters(
                "from", "2026-11-01T00:00:00Z", "to", "2026-12-01T00:00:00Z", "tz", "Europe/Berlin",
                "interval", "week", "audience", "human", "workspace_id", "ws-1", "variant", "B", "step", "3",
                "sending_domain", "send.acme.io", "mailbox", "sam@send.acme.io", "provider", "gmail"), MAX);

        assertThat(request.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(request.interval()).isEqualTo(Interval.WEEK);
        assertThat(request.audience()).isEqualTo(Audience.HUMAN);
        assertThat(request.filters().byParameter()).containsOnly(Map.entry("workspace_id", "ws-1"),
                Map.entry("variant", "B"), Map.entry("step", "3"), Map.entry("sending_domain", "send.acme.io"),
                Map.entry("mailbox", "sam@send.acme.io"), Map.entry("provider", "gmail"));
    }

    @Test
    void defaultsToUtcAutoIntervalAndAllAudience() {
        OverviewRequest request = OverviewRequest.parse("acme", parameters(
                "from", "2026-11-01T00:00:00Z", "to", "2026-12-01T00:00:00Z"), MAX);

        assertThat(request.zone().getId()).isEqualTo("UTC");
        assertThat(request.interval()).isEqualTo(Interval.DAY);
        assertThat(request.audience()).isEqualTo(Audience.ALL);
        assertThat(request.filters().isEmpty()).isTrue();
    }

    @Test
    void rejectsAnUnknownFilterNamingTheAcceptedParameters() {
        assertThatThrownBy(() -> OverviewRequest.parse("acme", parameters(
                "from", "2026-11-01T00:00:00Z", "to", "2026-12-01T00:00:00Z", "country", "DE"), MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessage("unknown query parameter(s): 'country'; accepted: audience, campaign_id, from, interval, "
                        + "mailbox, provider, sending_domain, step, to, tz, variant, workspace_id");
    }

    @Test
    void rejectsAMinuteIntervalOverMoreThanSevenDays() {
        assertThatThrownBy(() -> OverviewRequest.parse("acme", parameters(
                "from", "2026-11-01T00:00:00Z", "to", "2026-11-09T00:00:00Z", "interval", "minute"), MAX))
                .isInstanceOf(InvalidQueryParameterException.class)
                .hasMessage("interval minute covers at most 7 days; this range is 8 days 0 hours: choose hour, day or week");
    }

    @Test
    void rejectsFromAfterToAndARangeOverTheMaximum() {
        assertThatThrownBy(() -> OverviewRequest.parse("acme", parameters(
                "from", "2026-12-01T00:00:00Z", "to", "2026-11-01T00:00:00Z"), MAX))
                .hasMessage("from (2026-12-01T00:00:00Z) must be before to (2026-11-01T00:00:00Z)");
        assertThatThrownBy(() -> OverviewRequest.parse("acme", parameters(
                "from", "2025-01-01T00:00:00Z", "to", "2026-12-01T00:00:00Z"), MAX))
                .hasMessage("the range from 2025-01-01T00:00:00Z to 2026-12-01T00:00:00Z is longer than the maximum"
                        + " of 400 days");
    }

    private static QueryParameters parameters(String... namesAndValues) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return new QueryParameters(values);
    }
}
