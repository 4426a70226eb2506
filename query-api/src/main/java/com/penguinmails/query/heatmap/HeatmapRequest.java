package com.penguinmails.query.heatmap;

import com.penguinmails.query.overview.OverviewRequest;
import com.penguinmails.query.request.InvalidQueryParameterException;
import com.penguinmails.query.request.QueryParameters;
import com.penguinmails.query.request.TimeRange;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One validated heatmap question: a tenant (from its API key, never from the request), a time range, optionally one
 * campaign, and the metric the recommendation optimises (opens by default).
 *
 * @param tenantId the authenticated tenant, never null
 * @param range the range of event time; the heatmap holds UTC-hour buckets, so buckets starting in it count
 * @param campaignId the campaign to restrict to, or empty for all campaigns
 * @param metric the recommendation's metric
 */
public record HeatmapRequest(String tenantId, TimeRange range, Optional<String> campaignId, HeatmapMetric metric) {

    /** The query parameters the heatmap accepts; any other is an error. */
    public static final Set<String> PARAMETERS = Set.of("from", "to", "campaign_id", "metric");

    public HeatmapRequest {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(metric, "metric");
    }

    /**
     * Reads the heatmap question from a request's query parameters.
     *
     * @throws InvalidQueryParameterException on an unknown or repeated parameter, a bad range (as for the overview),
     *     an empty or over-long {@code campaign_id}, or an unknown {@code metric}
     */
    public static HeatmapRequest parse(String tenantId, QueryParameters parameters, Duration maxSpan) {
        parameters.rejectUnknown(PARAMETERS);
        TimeRange range = TimeRange.parse(parameters.required("from"), parameters.required("to"), maxSpan);
        Optional<String> campaignId = parameters.optional("campaign_id");
        campaignId.ifPresent(HeatmapRequest::checkCampaignId);
        HeatmapMetric metric = parameters.optional("metric").map(HeatmapMetric::parse).orElse(HeatmapMetric.OPENS);
        return new HeatmapRequest(tenantId, range, campaignId, metric);
    }

    private static void checkCampaignId(String campaignId) {
        if (campaignId.isEmpty()) {
            throw new InvalidQueryParameterException("campaign_id must not be empty; leave it out to cover all campaigns");
        }
        if (campaignId.length() > OverviewRequest.MAX_CAMPAIGN_ID_LENGTH) {
            throw new InvalidQueryParameterException("campaign_id must be at most "
                    + OverviewRequest.MAX_CAMPAIGN_ID_LENGTH + " characters; got " + campaignId.length());
        }
    }
}
