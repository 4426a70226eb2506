package com.penguinmails.query.series;

import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.TimeRange;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The buckets of a time series: consecutive slots of one interval counted from the range's start, so a range that
 * starts at midnight in the tenant's zone gets that zone's days. ClickHouse computes each row's slot number with
 * {@link #slotSql}; the answer places slot {@code n} at {@code from + n x interval} and fills empty slots with zeros.
 *
 * @param range the range the series covers; the last slot may reach past its end
 * @param interval a resolved interval (never {@link Interval#AUTO})
 */
public record TimeSlots(TimeRange range, Interval interval) {

    /** The placeholder holding the range start in epoch seconds. */
    static final String ORIGIN = "slot_origin";
    /** The placeholder holding the slot length in seconds. */
    static final String STEP = "slot_step";

    public TimeSlots {
        Objects.requireNonNull(range, "range");
        if (interval == null || interval == Interval.AUTO) {
            throw new IllegalArgumentException("interval must be resolved, got " + interval);
        }
    }

    /** The slot length in seconds. */
    public long stepSeconds() {
        return interval.length().toSeconds();
    }

    /** How many slots cover the range. */
    public int count() {
        long span = range.to().getEpochSecond() - origin() + (range.to().getNano() > 0 ? 1 : 0);
        return (int) ((span + stepSeconds() - 1) / stepSeconds());
    }

    /** Where slot {@code slot} starts. */
    public Instant start(int slot) {
        return Instant.ofEpochSecond(origin() + slot * stepSeconds());
    }

    /**
     * The SQL expression of the slot number of a {@code DateTime} expression (a fixed identifier of the query, never
     * caller text); {@link #bind} supplies its parameters.
     */
    public static String slotSql(String dateTimeExpression) {
        return "intDiv(toInt64(toUnixTimestamp(" + dateTimeExpression + ")) - {" + ORIGIN + ":Int64}, {" + STEP
                + ":Int64})";
    }

    /** Puts the parameters of {@link #slotSql} into {@code parameters}. */
    public void bind(Map<String, String> parameters) {
        parameters.put(ORIGIN, Long.toString(origin()));
        parameters.put(STEP, Long.toString(stepSeconds()));
    }

    private long origin() {
        return range.from().getEpochSecond();
    }
}
