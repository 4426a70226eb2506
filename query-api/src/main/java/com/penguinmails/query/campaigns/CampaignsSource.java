package com.penguinmails.query.campaigns;

import java.util.List;

/** Answers campaign questions; implementations must confine every answer to the request's tenant. */
public interface CampaignsSource {

    /**
     * The key figures of every campaign with activity in the request's range and filters, in no particular order.
     *
     * @throws com.penguinmails.query.store.AnalyticsStoreUnavailableException when the data cannot be read now
     */
    List<CampaignKpis> campaigns(CampaignListRequest request);

    /**
     * The side-by-side comparison of the request's campaigns.
     *
     * @throws com.penguinmails.query.store.AnalyticsStoreUnavailableException when the data cannot be read now
     */
    CampaignComparison compare(CampaignComparisonRequest request);
}
