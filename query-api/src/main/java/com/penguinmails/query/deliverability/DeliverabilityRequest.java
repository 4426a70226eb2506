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
 * One validated deliverability question: a tenant (from its API key), a time range, the dimension to group by and the
 * filters.
 *
 * @param tenantId the authenticated tenant, never null
 * @param range the event-time range; buckets (of {@link #resolution()}) starting in it count
 * @param grouping the dimension of the report's rows
 * @param filters the filters, each a column of the deliverability tables
 */
public record DeliverabilityRequest(String tenantId, TimeRange range, DeliverabilityGrouping grouping,
        AnalyticsFilters filters) {

    /** The filters the deliverability tables can honour: every one (workspace_id since V0007). */
    public static final Set<AnalyticsFilter> FILTERS = EnumSet.allOf(AnalyticsFilter.class);

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    public DeliverabilityRequest {
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
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range (as for the overview),
     *     a missing or unknown {@code group_by}, or an invalid filter value
     */
    public static DeliverabilityRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        DeliverabilityGrouping grouping = DeliverabilityGrouping.parse(parameters.required("group_by"));
        return new DeliverabilityRequest(tenantId, range, grouping, AnalyticsFilters.parse(parameters, FILTERS));
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("from", "to", "group_by"));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
