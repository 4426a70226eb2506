package com.penguinmails.streamjobs.aggregates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.penguinmails.events.v1.Event;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Checks shared by the aggregate ITs: every event stored once, then every aggregate table equal to the reference. */
final class AggregateAssertions {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Map<String, ChronoUnit> UNITS = Map.of(
            "deliverability_minute", ChronoUnit.MINUTES,
            "deliverability_hour", ChronoUnit.HOURS,
            "deliverability_day", ChronoUnit.DAYS);

    private AggregateAssertions() {
    }

    /** Waits until the tenant has {@code produced} rows in {@code events}, then checks a few checkpoints add none. */
    static void awaitEveryEventStoredOnce(AggregatesPipeline pipeline, long produced) throws InterruptedException {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> pipeline.storedEvents() >= produced);
        Thread.sleep(3_000);
        assertThat(pipeline.storedEvents()).as("rows in events").isEqualTo(produced);
    }

    /**
     * Compares every cell of deliverability_minute/hour/day and engagement_heatmap with the reference computed from
     * {@code events}, and checks the traffic really exercised what the tests claim (late events, human and unique
     * engagement, bounces by reason, several time zones).
     */
    static void assertAggregatesMatch(AggregatesPipeline pipeline, List<Event> events) {
        Map<String, StoredEnrichment> stored = StoredEnrichment.of(pipeline.clickHouse, pipeline.tenant);
        for (String table : StoredAggregates.DELIVERABILITY_TABLES) {
            Map<DeliverabilityKey, List<Long>> expected =
                    ReferenceAggregates.deliverability(events, stored, UNITS.get(table));
            Map<DeliverabilityKey, List<Long>> actual =
                    StoredAggregates.deliverability(pipeline.clickHouse, table, pipeline.tenant);
            assertThat(StoredAggregates.differences(expected, actual)).as("cells of %s that differ", table).isEmpty();
            assertThat(actual).as(table).hasSameSizeAs(expected);
        }
        Map<HeatmapKey, List<Long>> expectedHeatmap = ReferenceAggregates.heatmap(events, stored);
        assertThat(StoredAggregates.differences(expectedHeatmap, StoredAggregates.heatmap(pipeline.clickHouse,
                pipeline.tenant))).as("cells of engagement_heatmap that differ").isEmpty();

        Map<DeliverabilityKey, List<Long>> days = ReferenceAggregates.deliverability(events, stored, ChronoUnit.DAYS);
        long firstDay = days.keySet().stream().mapToLong(DeliverabilityKey::bucket).min().orElseThrow();
        assertThat(days.keySet()).as("late events land in their own, later buckets")
                .anyMatch(key -> key.bucket() >= firstDay + GeneratedTraffic.LATE_BY.toSeconds());
        for (String counter : List.of("sent", "delivered", "opens_all", "opens_human", "opens_unique",
                "opens_unique_contacts", "clicks_all", "clicks_human", "clicks_unique", "replies_human")) {
            int index = ReferenceAggregates.COUNTERS.indexOf(counter);
            assertThat(days.values().stream().mapToLong(values -> values.get(index)).sum())
                    .as("the traffic has %s", counter).isPositive();
        }
        assertThat(days.keySet().stream().map(DeliverabilityKey::bounceReason).distinct().count())
                .as("bounce reasons, '' included").isGreaterThan(2);
        assertThat(expectedHeatmap.keySet().stream().map(HeatmapKey::hour).distinct().count())
                .as("local hours in the heatmap").isGreaterThan(3);
    }
}
