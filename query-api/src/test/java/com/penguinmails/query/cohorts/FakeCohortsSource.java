package com.penguinmails.query.cohorts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A cohorts source that answers what it was told and records the requests it got. */
final class FakeCohortsSource implements CohortsSource {

    private final List<CohortsRequest> requests = new ArrayList<>();
    private List<CohortSlice> answer = List.of();

    void answer(List<CohortSlice> slices) {
        answer = List.copyOf(slices);
    }

    synchronized List<CohortsRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized void reset() {
        requests.clear();
        answer = List.of();
    }

    @Override
    public synchronized List<CohortSlice> slices(CohortsRequest request, Duration sliceLength) {
        requests.add(request);
        return answer;
    }
}
