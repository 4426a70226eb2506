package com.penguinmails.query.overview;

import com.penguinmails.query.request.TimeRange;
import com.penguinmails.query.series.SeriesBuckets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the overview's per-bucket counts on a gap-free time axis: a point for every bucket of {@link SeriesBuckets}
 * overlapping the range, each with every event type of {@link EventTotals#EVENT_TYPES}, zero where nothing happened.
 */
public final class OverviewSeries {

    private OverviewSeries() {
    }

    /** The points of the series: one per bucket start, every event type counted (0 when absent from {@code counts}). */
    public static List<OverviewPoint> points(TimeRange range, SeriesBuckets buckets,
            Map<Instant, Map<String, Long>> counts) {
        List<OverviewPoint> points = new ArrayList<>();
        for (Instant start : buckets.starts(range)) {
            Map<String, Long> inBucket = counts.getOrDefault(start, Map.of());
            Map<String, Long> byType = new LinkedHashMap<>();
            EventTotals.EVENT_TYPES.forEach(type -> byType.put(type, inBucket.getOrDefault(type, 0L)));
            points.add(new OverviewPoint(start, byType));
        }
        return points;
    }
}
