package com.penguinmails.query.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.deliverability.Resolution;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.TimeRange;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesBucketsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final TimeRange DAYS = range("2026-10-24T00:00:00Z", "2026-10-27T00:00:00Z");

    @Test
    void readsTheDayTableOnlyForUtcDaysAndTheHourTableOnlyForWholeHourOffsets() {
        assertThat(new SeriesBuckets(Interval.DAY, UTC).coarsestTable(DAYS)).isEqualTo(ChronoUnit.DAYS);
        assertThat(new SeriesBuckets(Interval.WEEK, UTC).coarsestTable(DAYS)).isEqualTo(ChronoUnit.DAYS);
        assertThat(new SeriesBuckets(Interval.DAY, BERLIN).coarsestTable(DAYS)).isEqualTo(ChronoUnit.HOURS);
        assertThat(new SeriesBuckets(Interval.WEEK, NEW_YORK).coarsestTable(DAYS)).isEqualTo(ChronoUnit.HOURS);
        assertThat(new SeriesBuckets(Interval.DAY, KOLKATA).coarsestTable(DAYS)).isEqualTo(ChronoUnit.MINUTES);
        assertThat(new SeriesBuckets(Interval.HOUR, KOLKATA).coarsestTable(DAYS)).isEqualTo(ChronoUnit.MINUTES);
        assertThat(new SeriesBuckets(Interval.HOUR, UTC).coarsestTable(DAYS)).isEqualTo(ChronoUnit.HOURS);
        assertThat(new SeriesBuckets(Interval.MINUTE, UTC).coarsestTable(DAYS)).isEqualTo(ChronoUnit.MINUTES);

        assertThat(new SeriesBuckets(Interval.DAY, BERLIN).servedBy(ChronoUnit.HOURS, DAYS)).isTrue();
        assertThat(new SeriesBuckets(Interval.DAY, BERLIN).servedBy(ChronoUnit.DAYS, DAYS)).isFalse();
        assertThat(new SeriesBuckets(Interval.WEEK, KOLKATA).servedBy(ChronoUnit.HOURS, DAYS)).isFalse();
        assertThat(new SeriesBuckets(Interval.WEEK, KOLKATA).servedBy(ChronoUnit.MINUTES, DAYS)).isTrue();
    }

    @Test
    void looksAtEveryOffsetTheZoneHasInTheRange() {
        // Europe/London is UTC+0 until 2027-03-28, then UTC+1.
        ZoneId london = ZoneId.of("Europe/London");
        assertThat(new SeriesBuckets(Interval.DAY, london).coarsestTable(range("2027-03-01T00:00:00Z",
                "2027-03-20T00:00:00Z"))).isEqualTo(ChronoUnit.DAYS);
        assertThat(new SeriesBuckets(Interval.DAY, london).coarsestTable(range("2027-03-01T00:00:00Z",
                "2027-04-01T00:00:00Z"))).isEqualTo(ChronoUnit.HOURS);
        assertThat(new SeriesBuckets(Interval.DAY, KOLKATA).offsets(DAYS)).containsExactly("+05:30");
        assertThat(new SeriesBuckets(Interval.DAY, BERLIN).offsets(DAYS)).containsExactly("+02:00", "+01:00");
    }

    @Test
    void picksTheDeliverabilityTableFromTheBucketsAndTheRangeBounds() {
        assertThat(Resolution.of(DAYS, new SeriesBuckets(Interval.DAY, UTC))).isEqualTo(Resolution.DAY);
        assertThat(Resolution.of(DAYS, new SeriesBuckets(Interval.DAY, BERLIN))).isEqualTo(Resolution.HOUR);
        assertThat(Resolution.of(DAYS, new SeriesBuckets(Interval.DAY, KOLKATA))).isEqualTo(Resolution.MINUTE);
        assertThat(Resolution.of(DAYS, new SeriesBuckets(Interval.HOUR, UTC))).isEqualTo(Resolution.HOUR);
        TimeRange ragged = range("2026-10-24T00:10:00Z", "2026-10-27T00:00:00Z");
        assertThat(Resolution.of(ragged, new SeriesBuckets(Interval.DAY, UTC))).isEqualTo(Resolution.MINUTE);
    }

    @Test
    void startsLocalDaysAcrossTheEndOfSummerTimeInBerlin() {
        // Berlin leaves summer time on 2026-10-25: that day lasts 25 hours.
        assertThat(new SeriesBuckets(Interval.DAY, BERLIN).starts(DAYS)).containsExactly(
                Instant.parse("2026-10-23T22:00:00Z"), Instant.parse("2026-10-24T22:00:00Z"),
                Instant.parse("2026-10-25T23:00:00Z"), Instant.parse("2026-10-26T23:00:00Z"));
    }

    @Test
    void startsLocalDaysAcrossBothDaylightSavingChangesInNewYork() {
        // New York starts summer time on 2026-03-08 (a 23-hour day) and leaves it on 2026-11-01 (25 hours).
        assertThat(new SeriesBuckets(Interval.DAY, NEW_YORK).starts(range("2026-03-07T12:00:00Z",
                "2026-03-09T12:00:00Z"))).containsExactly(
                Instant.parse("2026-03-07T05:00:00Z"), Instant.parse("2026-03-08T05:00:00Z"),
                Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(new SeriesBuckets(Interval.DAY, NEW_YORK).starts(range("2026-10-31T12:00:00Z",
                "2026-11-02T12:00:00Z"))).containsExactly(
                Instant.parse("2026-10-31T04:00:00Z"), Instant.parse("2026-11-01T04:00:00Z"),
                Instant.parse("2026-11-02T05:00:00Z"));
    }

    @Test
    void startsEachClockHourOnceAcrossADaylightSavingChange() {
        // 01:00-02:00 happens twice in New York on 2026-11-01: two buckets, one per offset, none skipped.
        assertThat(new SeriesBuckets(Interval.HOUR, NEW_YORK).starts(range("2026-11-01T04:30:00Z",
                "2026-11-01T08:00:00Z"))).containsExactly(
                Instant.parse("2026-11-01T04:00:00Z"), Instant.parse("2026-11-01T05:00:00Z"),
                Instant.parse("2026-11-01T06:00:00Z"), Instant.parse("2026-11-01T07:00:00Z"));
    }

    @Test
    void cutsHalfHourZonesOnTheirOwnClock() {
        TimeRange range = range("2026-11-01T00:00:00Z", "2026-11-03T00:00:00Z");
        assertThat(new SeriesBuckets(Interval.DAY, KOLKATA).starts(range)).containsExactly(
                Instant.parse("2026-10-31T18:30:00Z"), Instant.parse("2026-11-01T18:30:00Z"),
                Instant.parse("2026-11-02T18:30:00Z"));
        assertThat(new SeriesBuckets(Interval.HOUR, KOLKATA).starts(range("2026-11-01T10:00:00Z",
                "2026-11-01T11:00:00Z"))).containsExactly(
                Instant.parse("2026-11-01T09:30:00Z"), Instant.parse("2026-11-01T10:30:00Z"));
    }

    @Test
    void startsWeeksOnLocalMondayMidnightAndHoursOnTheHour() {
        assertThat(new SeriesBuckets(Interval.WEEK, UTC).starts(DAYS))
                .containsExactly(Instant.parse("2026-10-19T00:00:00Z"), Instant.parse("2026-10-26T00:00:00Z"));
        // Monday 2026-10-26 starts at 23:00 UTC the day before in Berlin (winter time), 2026-10-19 at 22:00 (summer).
        assertThat(new SeriesBuckets(Interval.WEEK, BERLIN).starts(DAYS))
                .containsExactly(Instant.parse("2026-10-18T22:00:00Z"), Instant.parse("2026-10-25T23:00:00Z"));
        TimeRange twoHours = range("2026-10-24T10:30:00Z", "2026-10-24T12:30:00Z");
        assertThat(new SeriesBuckets(Interval.HOUR, UTC).starts(twoHours)).containsExactly(
                Instant.parse("2026-10-24T10:00:00Z"), Instant.parse("2026-10-24T11:00:00Z"),
                Instant.parse("2026-10-24T12:00:00Z"));
    }

    @Test
    void bindsTheZoneAsAParameterOfTheBucketExpression() {
        SeriesBuckets buckets = new SeriesBuckets(Interval.DAY, BERLIN);
        Map<String, String> parameters = new HashMap<>();
        buckets.bind(parameters);

        assertThat(buckets.startSql("bucket"))
                .isEqualTo("toInt64(toUnixTimestamp(toStartOfDay(toDateTime(bucket, {tz:String}))))");
        assertThat(new SeriesBuckets(Interval.WEEK, BERLIN).startSql("as_of"))
                .isEqualTo("toInt64(toUnixTimestamp(toDateTime(toMonday(toDateTime(as_of, {tz:String})), {tz:String})))");
        assertThat(parameters).containsExactly(Map.entry("tz", "Europe/Berlin"));
        assertThat(buckets.startSql("bucket")).doesNotContain("Berlin");
    }

    @Test
    void refusesAnUnresolvedInterval() {
        assertThatThrownBy(() -> new SeriesBuckets(Interval.AUTO, UTC)).isInstanceOf(IllegalArgumentException.class);
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(Instant.parse(from), Instant.parse(to));
    }
}
