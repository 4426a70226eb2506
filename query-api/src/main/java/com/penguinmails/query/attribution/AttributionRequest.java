package com.penguinmails.query.attribution;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.request.TimeZoneParameter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One validated attribution question: a tenant (from its API key, never from the request), the range of conversion
 * times, the zone of the day buckets, the grouping, the filters (campaign, variant, step), and whether rows are split
 * per day.
 *
 * @param tenantId the authenticated tenant
 * @param range conversions whose time is in it count
 * @param zone the time zone of {@code day} when split per day (IANA id), UTC by default
 * @param grouping what a row is
 * @param filters campaign, variant and step to restrict the rows to (unattributed totals never are)
 * @param byDay whether rows are split by the conversion's day in {@code zone}
 */
public record AttributionRequest(String tenantId, TimeRange range, ZoneId zone, AttributionGrouping grouping,
        AnalyticsFilters filters, boolean byDay) {

    /** The filters the attribution table has columns for. */
    public static final Set<AnalyticsFilter> FILTERS =
            EnumSet.of(AnalyticsFilter.CAMPAIGN, AnalyticsFilter.VARIANT, AnalyticsFilter.STEP);

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    public AttributionRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(filters, "filters");
    }

    /** The campaign the rows are restricted to, if any. */
    public Optional<String> campaignId() {
        return filters.value(AnalyticsFilter.CAMPAIGN);
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range, an unknown zone or
     *     {@code group_by}, an invalid filter value, or a {@code by_day} other than true/false
     */
    public static AttributionRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        ZoneId zone = TimeZoneParameter.parse(parameters);
        AttributionGrouping grouping = parameters.optional("group_by").map(AttributionGrouping::parse)
                .orElse(AttributionGrouping.CAMPAIGN);
        boolean byDay = parameters.optional("by_day").map(AttributionRequest::parseBoolean).orElse(false);
        return new AttributionRequest(tenantId, range, zone, grouping, AnalyticsFilters.parse(parameters, FILTERS),
                byDay);
    }

    private static boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidQueryParameterException("by_day must be true or false");
        };
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("from", "to", TimeZoneParameter.PARAMETER, "group_by", "by_day"));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
