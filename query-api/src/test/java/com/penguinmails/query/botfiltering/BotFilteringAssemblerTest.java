package com.penguinmails.query.botfiltering;

import static org.assertj.core.api.Assertions.assertThat;

import com.penguinmails.query.request.AnalyticsFilters;
import com.penguinmails.query.request.Interval;
import com.penguinmails.query.request.TimeRange;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BotFilteringAssemblerTest {

    private final BotFilteringRequest request = new BotFilteringRequest("acme", new TimeRange(
            Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-03T00:00:00Z")), Interval.DAY,
            ZoneId.of("UTC"), AnalyticsFilters.none());

    private static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant NOV_2 = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void splitsOpensAndClicksIntoHumanAndFilteredPerClassAndBucket() {
        BotFilteringReport report = BotFilteringAssembler.report(request, List.of(
                new ClassCount(NOV_1, "open", "human", 6),
                new ClassCount(NOV_1, "open", "image_proxy", 2),
                new ClassCount(NOV_2, "open", "apple_mpp", 10),
                new ClassCount(NOV_2, "open", "", 2),
                new ClassCount(NOV_1, "click", "human", 3),
                new ClassCount(NOV_2, "click", "image_proxy", 1),
                new ClassCount(NOV_2, "click", "security_scanner", 4)),
                List.of(new ReasonCount("open", "apple_mpp", "ip:apple-mpp", 10, 0)));

        assertThat(report.opens().total()).isEqualTo(20);
        assertThat(report.opens().human()).isEqualTo(8);
        assertThat(report.opens().filtered()).isEqualTo(12);
        assertThat(report.opens().filteredShare()).isEqualTo(0.6);
        assertThat(report.opens().classes()).extracting(EngagementClassCount::engagementClass).containsExactly(
                "human", "image_proxy", "apple_mpp", "security_scanner", "bot", "unknown", "unclassified");
        assertThat(report.opens().classes().get(2)).isEqualTo(new EngagementClassCount("apple_mpp", 10, 0.5, false));
        assertThat(report.opens().classes().get(1).countedAsHuman()).isTrue();
        assertThat(report.clicks().human()).isEqualTo(3);
        assertThat(report.clicks().filtered()).isEqualTo(5);
        assertThat(report.clicks().classes().get(1)).isEqualTo(new EngagementClassCount("image_proxy", 1, 0.125,
                false));
        assertThat(report.reasons()).containsExactly(new ReasonCount("open", "apple_mpp", "ip:apple-mpp", 10, 0.5));
        assertThat(report.series()).containsExactly(
                new BotFilteringPoint(Instant.parse("2026-11-01T00:00:00Z"), 8, 8, 0, 3, 3, 0),
                new BotFilteringPoint(Instant.parse("2026-11-02T00:00:00Z"), 12, 0, 12, 5, 0, 5));
    }

    @Test
    void anEmptyRangeHasZeroSharesAndEveryBucket() {
        BotFilteringReport report = BotFilteringAssembler.report(request, List.of(), List.of());

        assertThat(report.opens().filteredShare()).isZero();
        assertThat(report.clicks().classes()).hasSize(6).allSatisfy(c -> assertThat(c.events()).isZero());
        assertThat(report.series()).hasSize(2);
    }

    @Test
    void laysTheSeriesOnTheCalendarDaysOfTheZone() {
        // New York days over [Nov 1 00:00Z, Nov 3 00:00Z): Oct 31 (from 04:00Z), Nov 1 (04:00Z, 25 hours), Nov 2 (05:00Z).
        BotFilteringRequest newYork = new BotFilteringRequest("acme", request.range(), Interval.DAY,
                ZoneId.of("America/New_York"), AnalyticsFilters.none());
        BotFilteringReport report = BotFilteringAssembler.report(newYork, List.of(
                new ClassCount(Instant.parse("2026-11-01T04:00:00Z"), "open", "human", 4),
                new ClassCount(Instant.parse("2026-11-02T05:00:00Z"), "click", "bot", 1)), List.of());

        assertThat(report.series()).containsExactly(
                new BotFilteringPoint(Instant.parse("2026-10-31T04:00:00Z"), 0, 0, 0, 0, 0, 0),
                new BotFilteringPoint(Instant.parse("2026-11-01T04:00:00Z"), 4, 4, 0, 0, 0, 0),
                new BotFilteringPoint(Instant.parse("2026-11-02T05:00:00Z"), 0, 0, 0, 1, 0, 1));
    }
}
