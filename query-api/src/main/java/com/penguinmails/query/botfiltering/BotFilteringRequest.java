package com.penguinmails.query.botfiltering;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.request.TimeZoneParameter;
import com.penguinmails.query.series.SeriesBuckets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One validated bot-filtering question. The report reads hourly aggregates, so the range is widened to whole UTC hours
 * ({@code from} down, {@code to} up), the interval is an hour at the finest, and the zone must be a whole number of
 * hours from UTC throughout the range: a UTC hour row of a zone like Asia/Kolkata (UTC+05:30) would straddle two of
 * its local hours, days or weeks, so such a question is refused rather than answered mis-bucketed.
 *
 * @param tenantId the authenticated tenant
 * @param range the range in whole hours
 * @param interval the resolved interval: hour, day or week
 * @param zone the zone the series' hours, days and weeks are cut in
 * @param filters the filters given (every dashboard filter: the aggregates keep each column)
 */
public record BotFilteringRequest(String tenantId, TimeRange range, Interval interval, ZoneId zone,
        AnalyticsFilters filters) {

    /** Every dashboard filter: the bot-filtering aggregates keep all their columns. */
    public static final Set<AnalyticsFilter> FILTERS = EnumSet.allOf(AnalyticsFilter.class);

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    public BotFilteringRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(filters, "filters");
    }

    /** The buckets of the time series. */
    public SeriesBuckets buckets() {
        return new SeriesBuckets(interval, zone);
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range, {@code interval=minute}
     *     (the report is hourly) or another bad interval, a bad zone or one whose offset is not a whole number of
     *     hours in the range, or an invalid filter value
     */
    public static BotFilteringRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange given = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        TimeRange range = wholeHours(given);
        Interval interval = Interval.parse(parameters);
        if (interval == Interval.MINUTE) {
            throw new InvalidQueryParameterException(
                    "the bot-filtering report is kept per hour: interval must be auto, hour, day or week");
        }
        Interval resolved = interval.resolve(range);
        if (resolved == Interval.MINUTE) {
            resolved = Interval.HOUR;
        }
        ZoneId zone = TimeZoneParameter.parse(parameters);
        SeriesBuckets buckets = new SeriesBuckets(resolved, zone);
        if (!buckets.servedBy(ChronoUnit.HOURS, range)) {
            throw new InvalidQueryParameterException("tz: the bot-filtering report is kept per UTC hour, and "
                    + zone.getId() + " is UTC" + String.join(" and UTC", buckets.offsets(range))
                    + " in this range, so its " + resolved.wireName() + "s would split UTC hours;"
                    + " ask with a tz whose offset is a whole number of hours (such as UTC)");
        }
        return new BotFilteringRequest(tenantId, range, resolved, zone, AnalyticsFilters.parse(parameters, FILTERS));
    }

    /** The smallest range of whole UTC hours holding {@code range}. */
    static TimeRange wholeHours(TimeRange range) {
        Instant from = range.from().truncatedTo(ChronoUnit.HOURS);
        Instant toFloor = range.to().truncatedTo(ChronoUnit.HOURS);
        Instant to = toFloor.equals(range.to()) ? toFloor : toFloor.plus(1, ChronoUnit.HOURS);
        return new TimeRange(from, to);
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("from", "to", Interval.PARAMETER, TimeZoneParameter.PARAMETER));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
