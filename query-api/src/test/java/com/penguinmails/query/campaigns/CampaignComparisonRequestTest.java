package com.penguinmails.query.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.QueryParameters;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CampaignComparisonRequestTest {

    private static final Duration MAX = Duration.ofDays(400);

    @Test
    void readsRepeatedCampaignIdsInOrderAndResolvesTheInterval() {
        CampaignComparisonRequest request = parse(List.of("c-2", "c-1"), Map.of("tz", "Europe/Berlin"));

        assertThat(request.campaignIds()).containsExactly("c-2", "c-1");
        assertThat(request.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(request.interval()).as("14 days: hours would be 336 points").isEqualTo(Interval.DAY);
    }

    @Test
    void needsTwoToTenDistinctCampaigns() {
        assertThatThrownBy(() -> parse(List.of("c-1"), Map.of())).hasMessageContaining("2 to 10 times");
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "c-" + i).toList();
        assertThatThrownBy(() -> parse(eleven, Map.of())).hasMessageContaining("got 11");
        assertThatThrownBy(() -> parse(List.of("c-1", "c-1"), Map.of())).hasMessageContaining("only once");
        assertThatThrownBy(() -> parse(List.of("c-1", ""), Map.of())).hasMessageContaining("must not be empty");
    }

    @Test
    void refusesBadZoneIntervalAndTooManyPoints() {
        assertThatThrownBy(() -> parse(List.of("a", "b"), Map.of("tz", "Mars/Olympus")))
                .hasMessageContaining("tz must be an IANA time zone name");
        assertThatThrownBy(() -> parse(List.of("a", "b"), Map.of("interval", "fortnight")))
                .hasMessageContaining("interval must be one of");
        assertThatThrownBy(() -> parse(List.of("a", "b"), Map.of("interval", "minute")))
                .hasMessageContaining("interval minute covers at most 7 days");
    }

    @Test
    void refusesARepeatedParameterOtherThanCampaignId() {
        Map<String, List<String>> values = new HashMap<>(base(List.of("a", "b")));
        values.put("tz", List.of("UTC", "Europe/Berlin"));

        assertThatThrownBy(() -> CampaignComparisonRequest.parse("acme", new QueryParameters(values), MAX))
                .hasMessageContaining("at most once");
    }

    private static Map<String, List<String>> base(List<String> campaigns) {
        return Map.of("from", List.of("2026-11-01T00:00:00Z"), "to", List.of("2026-11-15T00:00:00Z"),
                "campaign_id", campaigns);
    }

    private static CampaignComparisonRequest parse(List<String> campaigns, Map<String, String> extra) {
        Map<String, List<String>> values = new HashMap<>(base(campaigns));
        extra.forEach((name, value) -> values.put(name, List.of(value)));
        return CampaignComparisonRequest.parse("acme", new QueryParameters(values), MAX);
    }
}
