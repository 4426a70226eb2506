package com.penguinmails.query.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed matrices; the expected bounds, lifts and confidences were worked out with the formulas by hand. */
class SendTimeAdvisorTest {

    private static final SendTimeAdvisor ADVISOR = new SendTimeAdvisor(100, 3, 0.95);

    /** Monday 9h 300/1000, Tuesday 10h 3/3 (too few sends), Wednesday 14h 70/200, Thursday 8h 100/500. */
    private static final Heatmap MATRIX = Heatmap.of(List.of(
            new HeatmapCell(1, 9, 1000, 300, 40, 10),
            new HeatmapCell(2, 10, 3, 3, 0, 0),
            new HeatmapCell(3, 14, 200, 70, 4, 0),
            new HeatmapCell(4, 8, 500, 100, 10, 2)));

    @Test
    void ranksEligibleSlotsByTheWilsonLowerBoundNotByRawRate() {
        SendTimeRecommendation recommendation = ADVISOR.recommend(MATRIX, HeatmapMetric.OPENS);

        assertThat(recommendation.eligibleSlots()).isEqualTo(3);
        assertThat(recommendation.averageRate()).isCloseTo(473.0 / 1703, within(1e-12));
        assertThat(recommendation.slots()).extracting(slot -> slot.dayOfWeek() + "/" + slot.hour())
                .containsExactly("3/14", "1/9", "4/8");

        SlotRecommendation best = recommendation.slots().get(0);
        assertThat(best.sends()).isEqualTo(200);
        assertThat(best.events()).isEqualTo(70);
        assertThat(best.rate()).isEqualTo(0.35);
        assertThat(best.lowerBound()).isCloseTo(0.287288, within(1e-6));
        assertThat(best.upperBound()).isCloseTo(0.418365, within(1e-6));
        assertThat(best.lift()).isCloseTo(0.260148, within(1e-6));
        assertThat(best.confidence()).isCloseTo(0.988739, within(1e-5));

        SlotRecommendation second = recommendation.slots().get(1);
        assertThat(second.lowerBound()).isCloseTo(0.272407, within(1e-6));
        assertThat(second.confidence()).isCloseTo(0.941942, within(1e-5));
        assertThat(recommendation.slots().get(2).lift()).isCloseTo(-0.279915, within(1e-6));
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfSlots() {
        SendTimeRecommendation recommendation = new SendTimeAdvisor(100, 1, 0.95).recommend(MATRIX, HeatmapMetric.OPENS);

        assertThat(recommendation.slots()).hasSize(1);
        assertThat(recommendation.eligibleSlots()).isEqualTo(3);
    }

    @Test
    void recommendsNothingWhenNoSlotHasEnoughSends() {
        SendTimeRecommendation recommendation =
                new SendTimeAdvisor(1_001, 3, 0.95).recommend(MATRIX, HeatmapMetric.REPLIES);

        assertThat(recommendation.eligibleSlots()).isZero();
        assertThat(recommendation.slots()).isEmpty();
        assertThat(recommendation.metric()).isEqualTo("replies");
    }

    @Test
    void capsEventsAtSendsBecauseASlotCountsEngagementByItsOwnTime() {
        Heatmap heatmap = Heatmap.of(List.of(new HeatmapCell(5, 18, 100, 150, 0, 0)));

        SlotRecommendation slot = ADVISOR.recommend(heatmap, HeatmapMetric.OPENS).slots().get(0);

        assertThat(slot.events()).isEqualTo(100);
        assertThat(slot.rate()).isEqualTo(1.0);
    }

    @Test
    void hasNoLiftWhenTheAverageIsZero() {
        Heatmap heatmap = Heatmap.of(List.of(new HeatmapCell(1, 9, 100, 0, 0, 0)));

        SlotRecommendation slot = ADVISOR.recommend(heatmap, HeatmapMetric.CLICKS).slots().get(0);

        assertThat(slot.lift()).isNull();
        assertThat(slot.confidence()).isZero();
    }

    @Test
    void rejectsSettingsOutsideTheirRanges() {
        assertThatThrownBy(() -> new SendTimeAdvisor(0, 3, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendTimeAdvisor(10, 0, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendTimeAdvisor(10, 3, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
