package com.penguinmails.query.campaigns;

import java.util.ArrayList;
import java.util.List;

/** A campaigns source answering fixed figures and recording every request it was asked. */
final class RecordingCampaignsSource implements CampaignsSource {

    private final List<Object> requests = new ArrayList<>();
    private List<CampaignKpis> campaigns = List.of();

    synchronized void answer(List<CampaignKpis> campaigns) {
        this.campaigns = List.copyOf(campaigns);
    }

    synchronized List<Object> requests() {
        return List.copyOf(requests);
    }

    synchronized void reset() {
        requests.clear();
        campaigns = List.of();
    }

    @Override
    public synchronized List<CampaignKpis> campaigns(CampaignListRequest request) {
        requests.add(request);
        return campaigns;
    }

    @Override
    public synchronized CampaignComparison compare(CampaignComparisonRequest request) {
        requests.add(request);
        return new CampaignComparison(request.range().from(), request.range().to(), request.interval().wireName(),
                request.zone().getId(), request.audience().wireName(), "day", campaigns, List.of());
    }
}
