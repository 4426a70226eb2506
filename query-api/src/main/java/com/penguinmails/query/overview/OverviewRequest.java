package com.penguinmails.query.overview;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.request.TimeZoneParameter;
import com.penguinmails.query.series.SeriesBuckets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One validated overview question: a tenant (from its API key, never from the request), a time range, the zone and
 * interval of the KPI time series, whose engagement counts, and the filters.
 *
 * @param tenantId the authenticated tenant, never null
 * @param range the event-time range
 * @param zone the IANA zone days and weeks of the series are cut in
 * @param interval the series' bucket size, already resolved (never {@link Interval#AUTO})
 * @param audience {@code human} counts only people's opens and clicks
 * @param filters the filters, every column of {@code events} the dashboard offers
 */
public record OverviewRequest(String tenantId, TimeRange range, ZoneId zone, Interval interval, Audience audience,
        AnalyticsFilters filters) {

    /** The filters the overview honours: all of them, since its rollups keep every dimension. */
    public static final Set<AnalyticsFilter> FILTERS = EnumSet.allOf(AnalyticsFilter.class);

    /** The query parameters the overview accepts; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    /** The longest campaign id accepted, in UTF-16 code units. */
    public static final int MAX_CAMPAIGN_ID_LENGTH = AnalyticsFilter.MAX_VALUE_LENGTH;

    public OverviewRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(filters, "filters");
        if (interval == Interval.AUTO) {
            throw new IllegalArgumentException("interval must be resolved");
        }
    }

    /** A question over all of the tenant's events in {@code range} by day in UTC, optionally of one campaign. */
    public static OverviewRequest of(String tenantId, TimeRange range, Optional<String> campaignId) {
        QueryParameters parameters = new QueryParameters(campaignId
                .map(id -> Map.of(AnalyticsFilter.CAMPAIGN.parameter(), List.of(id)))
                .orElse(Map.of()));
        return new OverviewRequest(tenantId, range, TimeZoneParameter.UTC, Interval.AUTO.resolve(range),
                Audience.ALL, AnalyticsFilters.parse(parameters, FILTERS));
    }

    /** The campaign the request is restricted to, if any. */
    public Optional<String> campaignId() {
        return filters.value(AnalyticsFilter.CAMPAIGN);
    }

    /** The buckets of the KPI time series. */
    public SeriesBuckets buckets() {
        return new SeriesBuckets(interval, zone);
    }

    /**
     * Reads the overview question from a request's query parameters.
     *
     * @param tenantId the tenant authenticated by the API key
     * @param parameters the query-string parameters
     * @param maxSpan the longest time range accepted
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a missing or malformed
     *     {@code from}/{@code to}, a range that is empty, reversed or too long, an unknown zone, interval or audience,
     *     an interval too fine for the range, or an invalid filter value
     */
    public static OverviewRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        return new OverviewRequest(tenantId, range, TimeZoneParameter.parse(parameters),
                Interval.parse(parameters).resolve(range), Audience.parse(parameters),
                AnalyticsFilters.parse(parameters, FILTERS));
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("from", "to", TimeZoneParameter.PARAMETER, Interval.PARAMETER,
                Audience.PARAMETER));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
