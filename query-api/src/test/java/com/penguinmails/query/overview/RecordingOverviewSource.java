package com.penguinmails.query.overview;

import com.penguinmails.query.store.AnalyticsStoreUnavailableException;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link OverviewSource} that answers fixed totals (or an outage) and remembers every request it was asked. */
final class RecordingOverviewSource implements OverviewSource {

    private final List<OverviewRequest> requests = new CopyOnWriteArrayList<>();
    private volatile EventTotals answer = new EventTotals(List.of());
    private volatile boolean unavailable;

    void answer(EventTotals totals) {
        this.answer = totals;
        this.unavailable = false;
    }

    void failAsUnavailable() {
        this.unavailable = true;
    }

    List<OverviewRequest> requests() {
        return List.copyOf(requests);
    }

    void reset() {
        requests.clear();
        answer = new EventTotals(List.of());
        unavailable = false;
    }

    @Override
    public OverviewCounts counts(OverviewRequest request) {
        requests.add(request);
        if (unavailable) {
            throw new AnalyticsStoreUnavailableException("The analytics database (ClickHouse) is not reachable right now; "
                    + "retry shortly.", new ConnectException("Connection refused"));
        }
        return new OverviewCounts(answer, Map.of());
    }
}
