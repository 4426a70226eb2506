package com.penguinmails.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.series.SeriesBuckets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverviewSeriesTest {

    @Test
    void fillsEveryBucketAndEveryTypeWithZerosWhereNothingHappened() {
        TimeRange range = new TimeRange(Instant.parse("2026-11-01T10:30:00Z"), Instant.parse("2026-11-01T13:00:00Z"));

        List<OverviewPoint> points = OverviewSeries.points(range, new SeriesBuckets(Interval.HOUR, ZoneId.of("UTC")),
                Map.of(Instant.parse("2026-11-01T11:00:00Z"), Map.of("open", 7L)));

        assertThat(points).extracting(OverviewPoint::start).containsExactly(
                Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T11:00:00Z"),
                Instant.parse("2026-11-01T12:00:00Z"));
        assertThat(points.get(1).counts()).containsEntry("open", 7L).containsEntry("send", 0L)
                .containsOnlyKeys(EventTotals.EVENT_TYPES);
        assertThat(points.get(0).counts().values()).containsOnly(0L);
    }

    @Test
    void laysThePointsOnTheZonesLocalDays() {
        TimeRange range = new TimeRange(Instant.parse("2026-10-24T12:00:00Z"), Instant.parse("2026-10-27T00:00:00Z"));

        List<OverviewPoint> points = OverviewSeries.points(range, new SeriesBuckets(Interval.DAY,
                ZoneId.of("Europe/Berlin")), Map.of(Instant.parse("2026-10-25T23:00:00Z"), Map.of("send", 3L)));

        assertThat(points).extracting(OverviewPoint::start).containsExactly(
                Instant.parse("2026-10-23T22:00:00Z"), Instant.parse("2026-10-24T22:00:00Z"),
                Instant.parse("2026-10-25T23:00:00Z"), Instant.parse("2026-10-26T23:00:00Z"));
        assertThat(points.get(2).counts()).containsEntry("send", 3L);
    }
}
