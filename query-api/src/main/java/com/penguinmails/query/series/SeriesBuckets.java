package com.penguinmails.query.series;

import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.store.ClickHouseText;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The calendar buckets every analytics time series is cut into: minute and hour buckets are clock minutes and hours
 * in the zone, day buckets start at local midnight and week buckets at local Monday midnight, so a daylight-saving
 * day lasts 23 or 25 hours and no bucket is skipped or repeated. Gives every bucket start overlapping a range (so a
 * series has a point, possibly zero, for each), the ClickHouse expression of a row's bucket start (the zone is the
 * bound parameter {@value #ZONE_PARAMETER}, never SQL text), and which aggregate-table granularity can answer them.
 *
 * <p>The aggregate tables (deliverability_minute/hour/day, engagement_classes_hour, ...) keep UTC minutes, hours and
 * days. A table serves the buckets only when none of its rows straddles two series buckets: UTC days serve days and
 * weeks only in zones at UTC+0 for the whole range, UTC hours serve hours, days and weeks in zones whose offset is a
 * whole number of hours throughout the range (not Asia/Kolkata, UTC+05:30), and minutes serve everything in zones
 * whose offset is a whole number of minutes (every zone in use today).
 *
 * @param interval a resolved interval (never {@link Interval#AUTO})
 * @param zone the zone the buckets are cut in
 */
public record SeriesBuckets(Interval interval, ZoneId zone) {

    /** The query parameter holding the zone's IANA name in {@link #startSql}. */
    public static final String ZONE_PARAMETER = "tz";

    public SeriesBuckets {
        if (interval == null || interval == Interval.AUTO) {
            throw new IllegalArgumentException("interval must be resolved, got " + interval);
        }
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * The SELECT expression of the start of the bucket holding {@code dateTime}, in epoch seconds ({@code Int64}).
     *
     * @param dateTime a {@code DateTime} or {@code DateTime64} column or expression of the query (fixed text, never
     *     caller input); {@link #bind} supplies the zone
     */
    public String startSql(String dateTime) {
        String local = "toDateTime(" + dateTime + ", {" + ZONE_PARAMETER + ":String})";
        String start = switch (interval) {
            case MINUTE -> "toStartOfMinute(" + local + ")";
            case HOUR -> "toStartOfHour(" + local + ")";
            case DAY -> "toStartOfDay(" + local + ")";
            case WEEK -> "toDateTime(toMonday(" + local + "), {" + ZONE_PARAMETER + ":String})";
            case AUTO -> throw new IllegalStateException("interval must be resolved");
        };
        return "toInt64(toUnixTimestamp(" + start + "))";
    }

    /** Puts the parameter of {@link #startSql} into {@code parameters}. */
    public void bind(Map<String, String> parameters) {
        parameters.put(ZONE_PARAMETER, ClickHouseText.string(zone.getId()));
    }

    /** Every bucket start whose bucket overlaps {@code range}, ascending; the first at or before its start. */
    public List<Instant> starts(TimeRange range) {
        List<Instant> starts = new ArrayList<>();
        for (ZonedDateTime bucket = truncate(range.from().atZone(zone)); bucket.toInstant().isBefore(range.to());
                bucket = next(bucket)) {
            starts.add(bucket.toInstant());
        }
        return starts;
    }

    /**
     * The coarsest UTC-aligned aggregate granularity ({@link ChronoUnit#DAYS}, {@link ChronoUnit#HOURS} or
     * {@link ChronoUnit#MINUTES}) each of whose buckets within {@code range} lies inside one series bucket: rows of a
     * table that fine (or finer), grouped by {@link #startSql}, land in the right bucket.
     */
    public ChronoUnit coarsestTable(TimeRange range) {
        List<Integer> offsets = offsetsInRange(range);
        boolean utc = offsets.stream().allMatch(seconds -> seconds == 0);
        boolean wholeHours = offsets.stream().allMatch(seconds -> seconds % 3600 == 0);
        return switch (interval) {
            case MINUTE -> ChronoUnit.MINUTES;
            case HOUR -> wholeHours ? ChronoUnit.HOURS : ChronoUnit.MINUTES;
            case DAY, WEEK -> utc ? ChronoUnit.DAYS : wholeHours ? ChronoUnit.HOURS : ChronoUnit.MINUTES;
            case AUTO -> throw new IllegalStateException("interval must be resolved");
        };
    }

    /** Whether a table of UTC {@code tableUnit} buckets answers these buckets exactly over {@code range}. */
    public boolean servedBy(ChronoUnit tableUnit, TimeRange range) {
        return tableUnit.getDuration().compareTo(coarsestTable(range).getDuration()) <= 0;
    }

    /** The zone's distinct UTC offsets within {@code range}, in order (e.g. {@code +05:30}), for messages. */
    public List<String> offsets(TimeRange range) {
        return offsetsInRange(range).stream().distinct()
                .map(seconds -> ZoneOffset.ofTotalSeconds(seconds).getId()).toList();
    }

    private ZonedDateTime truncate(ZonedDateTime time) {
        return switch (interval) {
            case MINUTE -> time.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> time.truncatedTo(ChronoUnit.HOURS);
            case DAY -> time.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> time.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).truncatedTo(ChronoUnit.DAYS);
            case AUTO -> throw new IllegalStateException("interval must be resolved");
        };
    }

    private ZonedDateTime next(ZonedDateTime bucket) {
        return switch (interval) {
            case MINUTE -> bucket.plusMinutes(1);
            // Whole elapsed hours, truncated again, so a DST change neither skips nor repeats a bucket.
            case HOUR -> bucket.plusHours(1).truncatedTo(ChronoUnit.HOURS);
            case DAY -> bucket.plusDays(1).truncatedTo(ChronoUnit.DAYS);
            case WEEK -> bucket.plusWeeks(1).truncatedTo(ChronoUnit.DAYS);
            case AUTO -> throw new IllegalStateException("interval must be resolved");
        };
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
