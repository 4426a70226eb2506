package com.penguinmails.query.deliverability;

import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.series.TimeSlots;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One validated deliverability time-series question: a tenant (from its API key), a range, a resolved interval and
 * the filters (those of {@link BounceBreakdownRequest#FILTERS}).
 *
 * @param tenantId the authenticated tenant, never null
 * @param range the event-time range
 * @param interval the resolved bucket size (never auto)
 * @param filters the filters given
 */
public record DeliverabilitySeriesRequest(String tenantId, TimeRange range, Interval interval,
        AnalyticsFilters filters) {

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    public DeliverabilitySeriesRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(interval, "interval");
    }

    /** The slots of the series. */
    public TimeSlots slots() {
        return new TimeSlots(range, interval);
    }

    /**
     * The table answering: the coarsest whose buckets fit inside both the range's bounds and the series' slots (slots
     * start at {@code from} and are whole multiples of the interval, so a table bucket never straddles two slots).
     */
    public Resolution resolution() {
        Resolution ofRange = Resolution.of(range);
        Resolution ofInterval = switch (interval) {
            case MINUTE -> Resolution.MINUTE;
            case HOUR -> Resolution.HOUR;
            default -> Resolution.DAY;
        };
        return ofRange.compareTo(ofInterval) <= 0 ? ofRange : ofInterval;
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range or interval (too many
     *     points), or an invalid filter value
     */
    public static DeliverabilitySeriesRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        Interval interval = Interval.parse(parameters).resolve(range);
        return new DeliverabilitySeriesRequest(tenantId, range, interval,
                AnalyticsFilters.parse(parameters, BounceBreakdownRequest.FILTERS));
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("from", "to", Interval.PARAMETER));
        names.addAll(AnalyticsFilters.parameterNames(BounceBreakdownRequest.FILTERS));
        return Set.copyOf(names);
    }
}
