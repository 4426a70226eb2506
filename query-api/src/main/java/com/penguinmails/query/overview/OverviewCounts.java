package com.penguinmails.query.overview;

import java.time.Instant;
import java.util.Map;

/**
 * What the overview is drawn from.
 *
 * @param totals events and first-of-type messages per type over the whole range
 * @param buckets events per type in each bucket (by its start) of the request's interval and zone; buckets without
 *     events may be absent
 */
public record OverviewCounts(EventTotals totals, Map<Instant, Map<String, Long>> buckets) {

    public OverviewCounts {
        buckets = Map.copyOf(buckets);
    }
}
