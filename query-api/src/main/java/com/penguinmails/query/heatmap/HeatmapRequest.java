package com.penguinmails.query.heatmap;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One validated heatmap question: a tenant (from its API key, never from the request), a time range, the filters the
 * {@code engagement_heatmap} table has columns for (workspace and campaign), and the metric the recommendation
 * optimises (opens by default).
 *
 * <p>The table keeps human engagement only and cuts hours in each recipient's own zone, so {@code audience} may only
 * be {@code human} and the view takes no {@code tz}.
 *
 * @param tenantId the authenticated tenant, never null
 * @param range the range of event time; the heatmap holds UTC-hour buckets, so buckets starting in it count
 * @param filters the workspace and campaign filters
 * @param metric the recommendation's metric
 */
public record HeatmapRequest(String tenantId, TimeRange range, AnalyticsFilters filters, HeatmapMetric metric) {

    /** The filters the heatmap table can honour. */
    public static final Set<AnalyticsFilter> FILTERS = EnumSet.of(AnalyticsFilter.WORKSPACE, AnalyticsFilter.CAMPAIGN);

    /** The query parameters the heatmap accepts; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    public HeatmapRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(metric, "metric");
    }

    /** The campaign the request is restricted to, if any. */
    public Optional<String> campaignId() {
        return filters.value(AnalyticsFilter.CAMPAIGN);
    }

    /**
     * Reads the heatmap question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range (as for the overview),
     *     an invalid filter value, an unknown {@code metric}, or {@code audience} other than {@code human}
     */
    public static HeatmapRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        if (Audience.parse(parameters) == Audience.ALL && parameters.optional(Audience.PARAMETER).isPresent()) {
            throw new InvalidQueryParameterException("the heatmap counts human engagement only (opens classified human"
                    + " or image_proxy, human clicks and replies): audience must be 'human' or left out");
        }
        HeatmapMetric metric = parameters.optional("metric").map(HeatmapMetric::parse).orElse(HeatmapMetric.OPENS);
        return new HeatmapRequest(tenantId, range, AnalyticsFilters.parse(parameters, FILTERS), metric);
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("from", "to", "metric", Audience.PARAMETER));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
