package com.penguinmails.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.TimeRange;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverviewSeriesTest {

    @Test
    void cutsDaysAtLocalMidnightAcrossTheEndOfDaylightSavingTime() {
        TimeRange range = new TimeRange(Instant.parse("2026-10-24T12:00:00Z"), Instant.parse("2026-10-27T00:00:00Z"));

        assertThat(OverviewSeries.bucketStarts(range, Interval.DAY, ZoneId.of("Europe/Berlin"))).containsExactly(
                Instant.parse("2026-10-23T22:00:00Z"),
                Instant.parse("2026-10-24T22:00:00Z"),
                Instant.parse("2026-10-25T23:00:00Z"),
                Instant.parse("2026-10-26T23:00:00Z"));
    }

    @Test
    void startsWeeksOnMondayInTheZone() {
        TimeRange range = new TimeRange(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-10T00:00:00Z"));

        assertThat(OverviewSeries.bucketStarts(range, Interval.WEEK, ZoneOffset.UTC)).containsExactly(
                Instant.parse("2026-10-26T00:00:00Z"),
                Instant.parse("2026-11-02T00:00:00Z"),
                Instant.parse("2026-11-09T00:00:00Z"));
    }

    @Test
    void fillsEveryBucketAndEveryTypeWithZerosWhereNothingHappened() {
        TimeRange range = new TimeRange(Instant.parse("2026-11-01T10:30:00Z"), Instant.parse("2026-11-01T13:00:00Z"));

        List<OverviewPoint> points = OverviewSeries.points(range, Interval.HOUR, ZoneOffset.UTC,
                Map.of(Instant.parse("2026-11-01T11:00:00Z"), Map.of("open", 7L)));

        assertThat(points).extracting(OverviewPoint::start).containsExactly(
                Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T11:00:00Z"),
                Instant.parse("2026-11-01T12:00:00Z"));
        assertThat(points.get(1).counts()).containsEntry("open", 7L).containsEntry("send", 0L)
                .containsOnlyKeys(EventTotals.EVENT_TYPES);
        assertThat(points.get(0).counts().values()).containsOnly(0L);
    }
}
