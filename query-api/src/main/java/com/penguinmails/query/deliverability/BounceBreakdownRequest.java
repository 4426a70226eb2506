package com.penguinmails.query.deliverability;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One validated bounce-breakdown question: a tenant (from its API key), a range, the dimension of the rows and the
 * filters.
 *
 * @param tenantId the authenticated tenant, never null
 * @param range buckets (of {@link #resolution()}) starting in it count
 * @param grouping the dimension of the rows
 * @param filters the filters given, each among {@link #FILTERS}
 */
public record BounceBreakdownRequest(String tenantId, TimeRange range, DeliverabilityGrouping grouping,
        AnalyticsFilters filters) {

    /**
     * The filters the deliverability tables can honour: every dimension they keep. They have no workspace column, so
     * {@code workspace_id} is refused rather than ignored.
     */
    public static final Set<AnalyticsFilter> FILTERS = EnumSet.complementOf(EnumSet.of(AnalyticsFilter.WORKSPACE));

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    public BounceBreakdownRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(filters, "filters");
    }

    /** The table resolution that answers the range. */
    public Resolution resolution() {
        return Resolution.of(range);
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range, a missing or unknown
     *     {@code group_by}, or an invalid filter value
     */
    public static BounceBreakdownRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        DeliverabilityGrouping grouping = DeliverabilityGrouping.parse(parameters.required("group_by"));
        return new BounceBreakdownRequest(tenantId, range, grouping, AnalyticsFilters.parse(parameters, FILTERS));
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("from", "to", "group_by"));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
