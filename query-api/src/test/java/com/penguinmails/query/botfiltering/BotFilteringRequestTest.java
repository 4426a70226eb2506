package com.penguinmails.query.botfiltering;

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

class BotFilteringRequestTest {

    @Test
    void widensTheRangeToWholeHours() {
        BotFilteringRequest request = parse("2026-11-01T10:20:00Z", "2026-11-01T12:00:00.001Z");

        assertThat(request.range().from()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(request.range().to()).isEqualTo(Instant.parse("2026-11-01T13:00:00Z"));
        assertThat(parse("2026-11-01T10:00:00Z", "2026-11-01T12:00:00Z").range().to())
                .isEqualTo(Instant.parse("2026-11-01T12:00:00Z"));
    }

    @Test
    void neverGoesBelowAnHour() {
        assertThat(parse("2026-11-01T10:00:00Z", "2026-11-01T12:00:00Z").interval()).isEqualTo(Interval.HOUR);
        assertThat(parse("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z").interval()).isEqualTo(Interval.DAY);
        assertThatThrownBy(() -> parse("2026-11-01T10:00:00Z", "2026-11-01T12:00:00Z", "interval", "minute"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("per hour");
    }

    @Test
    void acceptsEveryDashboardFilterButNoAudience() {
        BotFilteringRequest request = parse("2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z", "workspace_id", "w-1",
                "provider", "google");

        assertThat(request.filters().value(AnalyticsFilter.WORKSPACE)).contains("w-1");
        assertThatThrownBy(() -> parse("2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z", "audience", "human"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'audience'");
    }

    @Test
    void cutsTheSeriesInTheRequestedZone() {
        BotFilteringRequest request = parse("2026-11-01T00:00:00Z", "2026-11-08T00:00:00Z", "interval", "day",
                "tz", "Europe/Berlin");

        assertThat(request.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(request.buckets().starts(request.range()).get(0)).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        BoundQuery classes = BotFilteringQuery.classes(request);
        assertThat(classes.sql()).contains("toStartOfDay(toDateTime(bucket, {tz:String}))").doesNotContain("Berlin");
        assertThat(classes.parameters()).containsEntry("tz", "Europe/Berlin");
        assertThat(parse("2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z").zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void refusesAZoneWhoseOffsetSplitsTheHourlyRowsNamingIt() {
        for (String interval : List.of("hour", "day", "week")) {
            assertThatThrownBy(() -> parse("2026-11-01T00:00:00Z", "2026-11-29T00:00:00Z", "interval", interval,
                    "tz", "Asia/Kolkata"))
                    .isInstanceOf(InvalidQueryParameterException.class)
                    .hasMessageContaining("Asia/Kolkata").hasMessageContaining("+05:30")
                    .hasMessageContaining("per UTC hour");
        }
        assertThatThrownBy(() -> parse("2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z", "tz", "+05:30"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("IANA");
    }

    private static BotFilteringRequest parse(String from, String to, String... more) {
        Map<String, List<String>> values = new HashMap<>();
        values.put("from", List.of(from));
        values.put("to", List.of(to));
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], List.of(more[i + 1]));
        }
        return BotFilteringRequest.parse("acme", new QueryParameters(values), Duration.ofDays(400));
    }
}
