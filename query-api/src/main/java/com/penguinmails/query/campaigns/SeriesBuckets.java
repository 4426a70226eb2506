package com.penguinmails.query.campaigns;

import com.penguinmails.query.deliverability.Resolution;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.TimeRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The time buckets of a campaign time series: which deliverability table can answer them, the ClickHouse expression
 * mapping a table bucket to the start of its series bucket, and every bucket start in the range (so a series has a
 * point, possibly zero, for each).
 *
 * <p>Minute and hour buckets are clock minutes and hours in the zone; day buckets start at local midnight; week
 * buckets on local Monday midnight. The table must be at least as fine as the series bucket in the zone: the day
 * table (UTC days) serves days and weeks only in zones at UTC+0 for the whole range, the hour table serves hours, days
 * and weeks in zones whose offset is a whole number of hours throughout the range, and the minute table everything
 * else (it keeps 30 days, see {@link Resolution}).
 *
 * @param interval the concrete interval
 * @param zone the zone of the buckets
 */
record SeriesBuckets(Interval interval, ZoneId zone) {

    /** The finest of the range's own resolution and the one the series buckets need. */
    Resolution resolution(TimeRange range) {
        Resolution needed = switch (interval) {
            case MINUTE -> Resolution.MINUTE;
            case HOUR -> wholeHourOffsets(range) ? Resolution.HOUR : Resolution.MINUTE;
            case DAY, WEEK -> utcOffsets(range) ? Resolution.DAY
                    : wholeHourOffsets(range) ? Resolution.HOUR : Resolution.MINUTE;
            case AUTO -> throw new IllegalStateException("interval must be resolved");
        };
        Resolution aligned = Resolution.of(range);
        return needed.ordinal() < aligned.ordinal() ? needed : aligned;
    }

    /** The SELECT expression giving a row's series bucket start in epoch seconds; uses the {@code tz} parameter. */
    String startExpression() {
        String start = switch (interval) {
            case MINUTE -> "toStartOfMinute(bucket)";
            case HOUR -> "toStartOfHour(bucket, {tz:String})";
            case DAY -> "toStartOfDay(bucket, {tz:String})";
            case WEEK -> "toDateTime(toMonday(bucket, {tz:String}), {tz:String})";
            case AUTO -> throw new IllegalStateException("interval must be resolved");
        };
        return "toInt64(toUnixTimestamp(" + start + "))";
    }

    /** Every bucket start whose bucket overlaps {@code range}, ascending. */
    List<Instant> starts(TimeRange range) {
        ZonedDateTime local = range.from().atZone(zone);
        ZonedDateTime start = switch (interval) {
            case MINUTE -> local.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> local.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).truncatedTo(ChronoUnit.DAYS);
            case AUTO -> throw new IllegalStateException("interval must be resolved");
        };
        List<Instant> starts = new ArrayList<>();
        for (ZonedDateTime bucket = start; bucket.toInstant().isBefore(range.to()); bucket = next(bucket)) {
            starts.add(bucket.toInstant());
        }
        return starts;
    }

    private ZonedDateTime next(ZonedDateTime bucket) {
        return switch (interval) {
            case MINUTE -> bucket.plusMinutes(1);
            // Whole elapsed hours, so a DST change neither skips nor repeats a bucket.
            case HOUR -> bucket.plusHours(1).truncatedTo(ChronoUnit.HOURS);
            case DAY -> bucket.plusDays(1).truncatedTo(ChronoUnit.DAYS);
            case WEEK -> bucket.plusWeeks(1).truncatedTo(ChronoUnit.DAYS);
            case AUTO -> throw new IllegalStateException("interval must be resolved");
        };
    }

    private boolean utcOffsets(TimeRange range) {
        return offsetsInRange(range).stream().allMatch(seconds -> seconds == 0);
    }

    private boolean wholeHourOffsets(TimeRange range) {
        return offsetsInRange(range).stream().allMatch(seconds -> seconds % 3600 == 0);
    }

    private List<Integer> offsetsInRange(TimeRange range) {
        ZoneRules rules = zone.getRules();
        List<Integer> offsets = new ArrayList<>();
        offsets.add(rules.getOffset(range.from()).getTotalSeconds());
        ZoneOffsetTransition transition = rules.nextTransition(range.from());
        while (transition != null && transition.getInstant().isBefore(range.to())) {
            offsets.add(transition.getOffsetAfter().getTotalSeconds());
            transition = rules.nextTransition(transition.getInstant());
        }
        return offsets;
    }
}
