package com.penguinmails.query.deliverability;

import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.request.TimeZoneParameter;
import com.penguinmails.query.series.SeriesBuckets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One validated deliverability time-series question: a tenant (from its API key), a range, a resolved interval, the
 * zone its buckets are cut in and the filters (those of {@link BounceBreakdownRequest#FILTERS}).
 *
 * @param tenantId the authenticated tenant, never null
 * @param range the event-time range
 * @param interval the resolved bucket size (never auto)
 * @param zone the zone the buckets are cut in
 * @param filters the filters given
 */
public record DeliverabilitySeriesRequest(String tenantId, TimeRange range, Interval interval, ZoneId zone,
        AnalyticsFilters filters) {

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    public DeliverabilitySeriesRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(zone, "zone");
    }

    /** The buckets of the series. */
    public SeriesBuckets buckets() {
        return new SeriesBuckets(interval, zone);
    }

    /**
     * The table answering: the coarsest whose buckets fit both the range's bounds and the series' buckets in the zone
     * (UTC days only for zones at UTC+0; the minute table for zones such as Asia/Kolkata, UTC+05:30).
     */
    public Resolution resolution() {
        return Resolution.of(range, buckets());
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range, interval (too many
     *     points) or zone, or an invalid filter value
     */
    public static DeliverabilitySeriesRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        Interval interval = Interval.parse(parameters).resolve(range);
        return new DeliverabilitySeriesRequest(tenantId, range, interval, TimeZoneParameter.parse(parameters),
                AnalyticsFilters.parse(parameters, BounceBreakdownRequest.FILTERS));
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("from", "to", Interval.PARAMETER, TimeZoneParameter.PARAMETER));
        names.addAll(AnalyticsFilters.parameterNames(BounceBreakdownRequest.FILTERS));
        return Set.copyOf(names);
    }
}
