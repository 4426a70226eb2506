package com.penguinmails.query.request;

import java.time.Duration;
import java.util.Locale;

/**
 * The bucket size of a time series: fixed, or {@code auto}, which picks the finest size that keeps a range within
 * {@link #MAX_AUTO_BUCKETS} points so a chart stays readable and a query stays small.
 */
public enum Interval {
    AUTO(Duration.ZERO),
    MINUTE(Duration.ofMinutes(1)),
    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7));

    /** The query parameter naming the interval. */
    public static final String PARAMETER = "interval";

    /** The most buckets {@code auto} yields, and the most any fixed interval may yield for a range. */
    public static final int MAX_AUTO_BUCKETS = 200;

    /** The most buckets a fixed interval may yield (7 days of minutes); beyond this a request is refused. */
    public static final int MAX_BUCKETS = 10_080;

    /** The longest range the {@code minute} interval may cover. */
    public static final Duration MAX_MINUTE_SPAN = Duration.ofDays(7);

    private final Duration length;

    Interval(Duration length) {
        this.length = length;
    }

    /**
     * Reads {@code interval}, {@code auto} when absent.
     *
     * @throws InvalidQueryParameterException on an unknown interval
     */
    public static Interval parse(QueryParameters parameters) {
        return parameters.optional(PARAMETER).map(Interval::fromWire).orElse(AUTO);
    }

    private static Interval fromWire(String text) {
        for (Interval interval : values()) {
            if (interval.wireName().equals(text)) {
                return interval;
            }
        }
        throw new InvalidQueryParameterException(
                "interval must be one of auto, minute, hour, day, week; got " + QueryParameters.quote(text));
    }

    /**
     * The concrete bucket size for {@code range}: {@code auto} becomes the finest of minute, hour, day and week that
     * yields at most {@link #MAX_AUTO_BUCKETS} buckets; a fixed interval is checked against {@link #MAX_BUCKETS}.
     *
     * @throws InvalidQueryParameterException when {@code minute} is asked for a range over {@link #MAX_MINUTE_SPAN}, or
     *     a fixed interval would yield more than {@link #MAX_BUCKETS} buckets
     */
    public Interval resolve(TimeRange range) {
        Duration span = Duration.between(range.from(), range.to());
        if (this == AUTO) {
            for (Interval candidate : new Interval[] {MINUTE, HOUR, DAY}) {
                if (candidate.buckets(span) <= MAX_AUTO_BUCKETS) {
                    return candidate;
                }
            }
            return WEEK;
        }
        if (this == MINUTE && span.compareTo(MAX_MINUTE_SPAN) > 0) {
            throw new InvalidQueryParameterException("interval minute covers at most " + MAX_MINUTE_SPAN.toDays()
                    + " days; this range is " + describe(span) + ": choose hour, day or week");
        }
        if (buckets(span) > MAX_BUCKETS) {
            throw new InvalidQueryParameterException("interval " + wireName() + " would give " + buckets(span)
                    + " points for this range; the most is " + MAX_BUCKETS + ": choose a coarser interval");
        }
        return this;
    }

    /** The bucket length; zero for {@code auto}. */
    public Duration length() {
        return length;
    }

    /** The name in requests and answers. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String describe(Duration span) {
        long hours = span.toHours();
        return hours >= 48 ? hours / 24 + " days " + hours % 24 + " hours" : span.toMinutes() + " minutes";
    }

    private long buckets(Duration span) {
        return (span.toMillis() + length.toMillis() - 1) / length.toMillis();
    }
}
