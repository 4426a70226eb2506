package com.penguinmails.query.cohorts;

import java.util.ArrayList;
import java.util.List;

/** A cohorts source that answers what it was told and records the requests it got. */
final class FakeCohortsSource implements CohortsSource {

    private final List<CohortsRequest> requests = new ArrayList<>();
    private List<CohortCounts> answer = List.of();

    void answer(List<CohortCounts> counts) {
        answer = List.copyOf(counts);
    }

    List<CohortsRequest> requests() {
        return requests;
    }

    void reset() {
        requests.clear();
        answer = List.of();
    }

    @Override
    public synchronized List<CohortCounts> cohorts(CohortsRequest request) {
        requests.add(request);
        return answer;
    }
}
