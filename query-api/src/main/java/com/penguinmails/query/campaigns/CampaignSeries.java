package com.penguinmails.query.campaigns;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One campaign's time series: a point for every bucket of the range, zero where nothing happened.
 *
 * @param campaignId the campaign
 * @param points the buckets in time order
 */
public record CampaignSeries(
        @JsonProperty("campaign_id") String campaignId,
        @JsonProperty("points") List<SeriesPoint> points) {

    public CampaignSeries {
        points = List.copyOf(points);
    }
}
