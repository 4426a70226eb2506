package com.penguinmails.query.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.query.deliverability.Resolution;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.TimeRange;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesBucketsTest {

    private static final TimeRange DAYS = new TimeRange(Instant.parse("2026-10-24T00:00:00Z"),
            Instant.parse("2026-10-27T00:00:00Z"));

    @Test
    void readsTheDayTableOnlyForUtcDays() {
        assertThat(new SeriesBuckets(Interval.DAY, ZoneId.of("UTC")).resolution(DAYS)).isEqualTo(Resolution.DAY);
        assertThat(new SeriesBuckets(Interval.DAY, ZoneId.of("Europe/Berlin")).resolution(DAYS))
                .isEqualTo(Resolution.HOUR);
        assertThat(new SeriesBuckets(Interval.DAY, ZoneId.of("Asia/Kolkata")).resolution(DAYS))
                .isEqualTo(Resolution.MINUTE);
        assertThat(new SeriesBuckets(Interval.HOUR, ZoneId.of("UTC")).resolution(DAYS)).isEqualTo(Resolution.HOUR);
    }

    @Test
    void neverReadsATableCoarserThanTheRangeBounds() {
        TimeRange ragged = new TimeRange(Instant.parse("2026-10-24T00:10:00Z"), Instant.parse("2026-10-27T00:00:00Z"));

        assertThat(new SeriesBuckets(Interval.DAY, ZoneId.of("UTC")).resolution(ragged)).isEqualTo(Resolution.MINUTE);
    }

    @Test
    void startsLocalDaysAcrossTheEndOfSummerTime() {
        // Berlin leaves summer time on 2026-10-25: that day lasts 25 hours.
        List<Instant> starts = new SeriesBuckets(Interval.DAY, ZoneId.of("Europe/Berlin")).starts(DAYS);

        assertThat(starts).containsExactly(Instant.parse("2026-10-23T22:00:00Z"), Instant.parse("2026-10-24T22:00:00Z"),
                Instant.parse("2026-10-25T23:00:00Z"), Instant.parse("2026-10-26T23:00:00Z"));
    }

    @Test
    void startsWeeksOnMondayAndHoursOnTheHour() {
        assertThat(new SeriesBuckets(Interval.WEEK, ZoneId.of("UTC")).starts(DAYS))
                .containsExactly(Instant.parse("2026-10-19T00:00:00Z"), Instant.parse("2026-10-26T00:00:00Z"));
        TimeRange twoHours = new TimeRange(Instant.parse("2026-10-24T10:30:00Z"), Instant.parse("2026-10-24T12:30:00Z"));
        assertThat(new SeriesBuckets(Interval.HOUR, ZoneId.of("UTC")).starts(twoHours)).containsExactly(
                Instant.parse("2026-10-24T10:00:00Z"), Instant.parse("2026-10-24T11:00:00Z"),
                Instant.parse("2026-10-24T12:00:00Z"));
    }

    @Test
    void bindsTheZoneAsAParameterInTheBucketExpression() {
        assertThat(new SeriesBuckets(Interval.DAY, ZoneId.of("Europe/Berlin")).startExpression())
                .isEqualTo("toInt64(toUnixTimestamp(toStartOfDay(bucket, {tz:String})))");
    }
}
