package com.penguinmails.query.alerts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An alerts source that records the requests it gets and answers a fixed list. */
final class RecordingAlertsSource implements AlertsSource {

    private final List<AlertsRequest> requests = new CopyOnWriteArrayList<>();
    private volatile List<Alert> answer = List.of();

    @Override
    public List<Alert> alerts(AlertsRequest request) {
        requests.add(request);
        return answer;
    }

    void answer(List<Alert> alerts) {
        answer = List.copyOf(alerts);
    }

    List<AlertsRequest> requests() {
        return List.copyOf(requests);
    }

    void reset() {
        requests.clear();
        answer = List.of();
    }
}
