package com.penguinmails.query.deliverability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.store.BoundQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliverabilityDetailRequestTest {

    private static final Duration MAX = Duration.ofDays(400);

    @Test
    void bounceBreakdownReadsGroupingAndFilters() {
        BounceBreakdownRequest request = BounceBreakdownRequest.parse("acme", parameters("from",
                "2026-11-01T00:00:00Z", "to", "2026-11-08T00:00:00Z", "group_by", "sending_ip", "provider", "google",
                "step", "2"), MAX);

        assertThat(request.grouping()).isEqualTo(DeliverabilityGrouping.SENDING_IP);
        assertThat(request.resolution()).isEqualTo(Resolution.DAY);
        assertThat(request.filters().value(AnalyticsFilter.PROVIDER)).contains("google");
        assertThat(request.filters().value(AnalyticsFilter.STEP)).contains("2");
    }

    @Test
    void acceptsEveryDashboardFilterButNoAudience() {
        assertThat(DeliverabilitySeriesRequest.parse("acme", parameters("from", "2026-11-01T00:00:00Z",
                "to", "2026-11-08T00:00:00Z", "workspace_id", "w-1"), MAX).filters().value(AnalyticsFilter.WORKSPACE))
                .contains("w-1");
        assertThatThrownBy(() -> BounceBreakdownRequest.parse("acme", parameters("from", "2026-11-01T00:00:00Z",
                "to", "2026-11-08T00:00:00Z", "group_by", "mailbox", "audience", "human"), MAX))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'audience'");
    }

    @Test
    void seriesReadsTheFinestTableTheRangeOrIntervalNeeds() {
        assertThat(series("2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z", "day").resolution())
                .isEqualTo(Resolution.DAY);
        assertThat(series("2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z", "hour").resolution())
                .isEqualTo(Resolution.HOUR);
        assertThat(series("2026-11-01T06:00:00Z", "2026-11-08T06:00:00Z", "week").resolution())
                .isEqualTo(Resolution.HOUR);
        assertThat(series("2026-11-01T06:10:00Z", "2026-11-01T08:00:00Z", "hour").resolution())
                .isEqualTo(Resolution.MINUTE);
        assertThat(series("2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z", "minute").resolution())
                .isEqualTo(Resolution.MINUTE);
    }

    @Test
    void seriesResolvesAutoAndRefusesTooManyPoints() {
        DeliverabilitySeriesRequest auto = DeliverabilitySeriesRequest.parse("acme",
                parameters("from", "2026-11-01T00:00:00Z", "to", "2026-11-08T00:00:00Z"), MAX);
        assertThat(auto.interval()).isEqualTo(Interval.HOUR);
        assertThat(auto.buckets().starts(auto.range())).hasSize(168);
        assertThatThrownBy(() -> series("2026-01-01T00:00:00Z", "2026-11-01T00:00:00Z", "minute"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("minute");
    }

    @Test
    void seriesCutsCalendarBucketsInTheRequestedZoneAndReadsATableFineEnoughForIt() {
        DeliverabilitySeriesRequest berlin = DeliverabilitySeriesRequest.parse("acme", parameters("from",
                "2026-11-01T00:00:00Z", "to", "2026-11-03T00:00:00Z", "interval", "day", "tz", "Europe/Berlin"), MAX);
        DeliverabilitySeriesRequest kolkata = DeliverabilitySeriesRequest.parse("acme", parameters("from",
                "2026-11-01T00:00:00Z", "to", "2026-11-03T00:00:00Z", "interval", "day", "tz", "Asia/Kolkata"), MAX);

        assertThat(berlin.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(berlin.resolution()).isEqualTo(Resolution.HOUR);
        assertThat(kolkata.resolution()).isEqualTo(Resolution.MINUTE);
        assertThat(series("2026-11-01T00:00:00Z", "2026-11-03T00:00:00Z", "day").zone()).isEqualTo(ZoneId.of("UTC"));
        BoundQuery query = DeliverabilitySeriesQuery.build(berlin);
        assertThat(query.sql()).contains("toStartOfDay(toDateTime(bucket, {tz:String}))").contains("AS bucket_start")
                .contains("FROM deliverability_hour").doesNotContain("Berlin");
        assertThat(query.parameters()).containsEntry("tz", "Europe/Berlin");
        assertThat(berlin.buckets().starts(berlin.range())).containsExactly(Instant.parse("2026-10-31T23:00:00Z"),
                Instant.parse("2026-11-01T23:00:00Z"), Instant.parse("2026-11-02T23:00:00Z"));
    }

    private static DeliverabilitySeriesRequest series(String from, String to, String interval) {
        return DeliverabilitySeriesRequest.parse("acme", parameters("from", from, "to", to, "interval", interval), MAX);
    }

    static QueryParameters parameters(String... namesAndValues) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return new QueryParameters(values);
    }
}
