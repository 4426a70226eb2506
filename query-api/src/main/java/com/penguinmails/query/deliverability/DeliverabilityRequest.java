package com.penguinmails.query.deliverability;

import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * One validated deliverability question: a tenant (from its API key), a time range and the dimension to group by.
 *
 * @param tenantId the authenticated tenant, never null
 * @param range the event-time range; buckets (of {@link #resolution()}) starting in it count
 * @param grouping the dimension of the report's rows
 */
public record DeliverabilityRequest(String tenantId, TimeRange range, DeliverabilityGrouping grouping) {

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = Set.of("from", "to", "group_by");

    public DeliverabilityRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(grouping, "grouping");
    }

    /** The table resolution that answers the range. */
    public Resolution resolution() {
        return Resolution.of(range);
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range (as for the overview),
     *     or a missing or unknown {@code group_by}
     */
    public static DeliverabilityRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        DeliverabilityGrouping grouping = DeliverabilityGrouping.parse(parameters.required("group_by"));
        return new DeliverabilityRequest(tenantId, range, grouping);
    }
}
