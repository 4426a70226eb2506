package com.penguinmails.query.campaigns;

import com.penguinmails.query.deliverability.Resolution;
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
import java.util.Set;

/**
 * One validated campaign-list question: a tenant (from its API key), a range, filters, an audience, an order and a
 * row limit.
 *
 * @param tenantId the authenticated tenant, never null
 * @param range buckets starting in it count
 * @param filters conditions on the deliverability table's columns
 * @param audience how opens and clicks are counted
 * @param sort the row order
 * @param limit the most campaigns returned, 1..{@link #MAX_LIMIT}
 */
public record CampaignListRequest(String tenantId, TimeRange range, AnalyticsFilters filters, Audience audience,
        CampaignSort sort, int limit) {

    /** The filters the {@code deliverability_*} tables can honour: every one (workspace_id since V0007). */
    public static final Set<AnalyticsFilter> FILTERS = EnumSet.of(AnalyticsFilter.WORKSPACE, AnalyticsFilter.CAMPAIGN,
            AnalyticsFilter.VARIANT,
            AnalyticsFilter.STEP, AnalyticsFilter.SENDING_DOMAIN, AnalyticsFilter.MAILBOX, AnalyticsFilter.PROVIDER);

    /** The query parameters accepted; any other is an error. */
    public static final Set<String> PARAMETERS = parameters();

    /** The default and the largest {@code limit}. */
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public CampaignListRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(sort, "sort");
    }

    /** The deliverability table answering the range (see {@link Resolution#of}). */
    public Resolution resolution() {
        return Resolution.of(range);
    }

    /**
     * Reads the question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range, a bad filter value,
     *     audience or sort, or a limit that is not a whole number from 1 to {@link #MAX_LIMIT}
     */
    public static CampaignListRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        AnalyticsFilters filters = AnalyticsFilters.parse(parameters, FILTERS);
        Audience audience = Audience.parse(parameters);
        CampaignSort sort = parameters.optional(CampaignSort.PARAMETER).map(CampaignSort::parse)
                .orElse(CampaignSort.SENDS);
        int limit = parameters.optional("limit").map(CampaignListRequest::parseLimit).orElse(DEFAULT_LIMIT);
        return new CampaignListRequest(tenantId, range, filters, audience, sort, limit);
    }

    private static int parseLimit(String text) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidQueryParameterException("limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("from", "to", Audience.PARAMETER, CampaignSort.PARAMETER, "limit"));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
