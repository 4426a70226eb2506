package com.penguinmails.query.deliverability;

import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.series.SeriesBuckets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Which deliverability table answers a range: the coarsest whose buckets fit the range's bounds exactly, so a range
 * of whole UTC days reads the few rows of {@code deliverability_day} and a range starting at 10:37 the minute table.
 * The minute table keeps 30 days and the hour table 400 (schemas' V0003), so a range needing minutes further back
 * finds no rows there: align older ranges to hours or days.
 */
public enum Resolution {
    MINUTE("deliverability_minute", ChronoUnit.MINUTES),
    HOUR("deliverability_hour", ChronoUnit.HOURS),
    DAY("deliverability_day", ChronoUnit.DAYS);

    private final String table;
    private final ChronoUnit unit;

    Resolution(String table, ChronoUnit unit) {
        this.table = table;
        this.unit = unit;
    }

    /** The table holding buckets of this size; a fixed identifier. */
    public String table() {
        return table;
    }

    /** The name in answers: minute, hour or day. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The coarsest resolution at which both ends of {@code range} are bucket boundaries (minute at the finest). */
    public static Resolution of(TimeRange range) {
        for (Resolution resolution : new Resolution[] {DAY, HOUR}) {
            if (resolution.isBoundary(range.from()) && resolution.isBoundary(range.to())) {
                return resolution;
            }
        }
        return MINUTE;
    }

    /**
     * The table answering a time series cut into {@code buckets} over {@code range}: the coarsest that fits both ends
     * of the range and whose UTC buckets each lie inside one series bucket ({@link SeriesBuckets#coarsestTable}).
     */
    public static Resolution of(TimeRange range, SeriesBuckets buckets) {
        Resolution ofRange = of(range);
        Resolution ofBuckets = switch (buckets.coarsestTable(range)) {
            case DAYS -> DAY;
            case HOURS -> HOUR;
            default -> MINUTE;
        };
        return ofRange.compareTo(ofBuckets) <= 0 ? ofRange : ofBuckets;
    }

    private boolean isBoundary(Instant instant) {
        return instant.truncatedTo(unit).equals(instant);
    }
}
