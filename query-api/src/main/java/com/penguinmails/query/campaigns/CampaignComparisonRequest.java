package com.penguinmails.query.campaigns;

import com.penguinmails.query.request.AnalyticsFilter;
import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Audience;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.request.TimeZoneParameter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One validated side-by-side comparison: 2 to {@link #MAX_CAMPAIGNS} campaigns of a tenant, a range, a time-series
 * interval in a time zone, filters and an audience.
 *
 * @param tenantId the authenticated tenant, never null
 * @param campaignIds the campaigns in request order, distinct
 * @param range buckets starting in it count
 * @param interval the concrete series interval (never auto)
 * @param zone the zone whose days and weeks the series follows
 * @param filters conditions on the deliverability table's columns (no campaign filter: the campaigns are the list)
 * @param audience how opens and clicks are counted
 */
public record CampaignComparisonRequest(String tenantId, List<String> campaignIds, TimeRange range, Interval interval,
        ZoneId zone, AnalyticsFilters filters, Audience audience) {

    /** The most campaigns one comparison takes. */
    public static final int MAX_CAMPAIGNS = 10;

    /** The filters accepted besides the campaigns themselves. */
    public static final Set<AnalyticsFilter> FILTERS = EnumSet.of(AnalyticsFilter.WORKSPACE, AnalyticsFilter.VARIANT,
            AnalyticsFilter.STEP,
            AnalyticsFilter.SENDING_DOMAIN, AnalyticsFilter.MAILBOX, AnalyticsFilter.PROVIDER);

    /** The query parameters accepted; {@code campaign_id} is the one repeatable parameter. */
    public static final Set<String> PARAMETERS = parameters();

    public CampaignComparisonRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        campaignIds = List.copyOf(campaignIds);
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(audience, "audience");
        if (interval == Interval.AUTO) {
            throw new IllegalArgumentException("interval must be resolved");
        }
    }

    /**
     * Reads the comparison from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown parameter, a repeated one other than {@code campaign_id},
     *     fewer than 2 or more than {@link #MAX_CAMPAIGNS} campaign ids, a repeated, empty or over-long campaign id, a
     *     bad range, interval (or one giving too many points), time zone, filter or audience
     */
    public static CampaignComparisonRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        List<String> campaignIds = parameters.all(AnalyticsFilter.CAMPAIGN.parameter());
        if (campaignIds.size() < 2 || campaignIds.size() > MAX_CAMPAIGNS) {
            throw new InvalidQueryParameterException("give campaign_id 2 to " + MAX_CAMPAIGNS
                    + " times (campaign_id=a&campaign_id=b); got " + campaignIds.size());
        }
        campaignIds.forEach(AnalyticsFilter.CAMPAIGN::validate);
        if (Set.copyOf(campaignIds).size() != campaignIds.size()) {
            throw new InvalidQueryParameterException("each campaign_id may be given only once");
        }
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        Interval interval = Interval.parse(parameters).resolve(range);
        ZoneId zone = TimeZoneParameter.parse(parameters);
        AnalyticsFilters filters = AnalyticsFilters.parse(parameters, FILTERS);
        Audience audience = Audience.parse(parameters);
        return new CampaignComparisonRequest(tenantId, campaignIds, range, interval, zone, filters, audience);
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(Set.of("from", "to", AnalyticsFilter.CAMPAIGN.parameter(),
                Interval.PARAMETER, TimeZoneParameter.PARAMETER, Audience.PARAMETER));
        names.addAll(AnalyticsFilters.parameterNames(FILTERS));
        return Set.copyOf(names);
    }
}
