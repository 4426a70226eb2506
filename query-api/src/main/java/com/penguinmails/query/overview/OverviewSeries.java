package com.penguinmails.query.overview;

import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.TimeRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the overview's per-bucket counts on a gap-free time axis: every bucket of the interval that overlaps the
 * range, in the zone (days and weeks start at local midnight, weeks on Monday; daylight-saving days are 23 or 25 hours
 * long), with zeros where nothing happened.
 */
public final class OverviewSeries {

    private OverviewSeries() {
    }

    /** The starts of every bucket overlapping {@code range}, the first at or before {@code range.from()}. */
    public static List<Instant> bucketStarts(TimeRange range, Interval interval, ZoneId zone) {
        List<Instant> starts = new ArrayList<>();
        ZonedDateTime start = truncate(range.from().atZone(zone), interval);
        while (start.toInstant().isBefore(range.to())) {
            starts.add(start.toInstant());
            start = next(start, interval);
        }
        return starts;
    }

    /** The points of the series: one per bucket start, every event type counted (0 when absent from {@code counts}). */
    public static List<OverviewPoint> points(TimeRange range, Interval interval, ZoneId zone,
            Map<Instant, Map<String, Long>> counts) {
        List<OverviewPoint> points = new ArrayList<>();
        for (Instant start : bucketStarts(range, interval, zone)) {
            Map<String, Long> inBucket = counts.getOrDefault(start, Map.of());
            Map<String, Long> byType = new LinkedHashMap<>();
            EventTotals.EVENT_TYPES.forEach(type -> byType.put(type, inBucket.getOrDefault(type, 0L)));
            points.add(new OverviewPoint(start, byType));
        }
        return points;
    }

    private static ZonedDateTime truncate(ZonedDateTime time, Interval interval) {
        return switch (interval) {
            case MINUTE -> time.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> time.truncatedTo(ChronoUnit.HOURS);
            case DAY -> time.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> time.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).truncatedTo(ChronoUnit.DAYS);
            case AUTO -> throw new IllegalArgumentException("interval must be resolved");
        };
    }

    private static ZonedDateTime next(ZonedDateTime start, Interval interval) {
        return switch (interval) {
            case MINUTE -> start.plusMinutes(1);
            case HOUR -> start.plusHours(1);
            case DAY -> start.plusDays(1).truncatedTo(ChronoUnit.DAYS);
            case WEEK -> start.plusWeeks(1).truncatedTo(ChronoUnit.DAYS);
            case AUTO -> throw new IllegalArgumentException("interval must be resolved");
        };
    }
}
