package com.penguinmails.streamjobs.attribution;

import static com.penguinmails.streamjobs.attribution.AttributionModel.FIRST_TOUCH;
import static com.penguinmails.streamjobs.attribution.AttributionModel.LAST_TOUCH;
import static com.penguinmails.streamjobs.attribution.AttributionModel.LINEAR;
import static com.penguinmails.streamjobs.attribution.AttributionModel.POSITION_BASED;
import static com.penguinmails.streamjobs.attribution.AttributionModel.TIME_DECAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttributionCalculatorTest {

    private static final Instant CONVERTED = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration LOOKBACK = Duration.ofDays(30);
    private static final AttributionCalculator CALCULATOR = new AttributionCalculator(Duration.ofDays(7));

    private static final Conversion DEAL = new Conversion("conv-1", CONVERTED.toEpochMilli(), "deal_won",
            new BigDecimal("1000.00"), "USD");

    @Test
    void oneTouchTakesAllCreditInEveryModel() {
        Journey journey = CALCULATOR.attribute(DEAL, List.of(touch("t1", Duration.ofDays(3), "c-1")), LOOKBACK);

        assertThat(journey.attributed()).isTrue();
        for (AttributionModel model : AttributionModel.values()) {
            assertThat(journey.credit(model, 0)).as(model.wireName()).isEqualTo(1.0);
            assertThat(journey.revenue(model, 0)).as(model.wireName()).isEqualTo(1000.0);
        }
    }

    @Test
    void twoTouchesSplitFiftyFiftyInPositionBasedAndOneToTwoInTimeDecay() {
        // Seven days (one half-life) apart: weights 1/2 and 1, normalised 1/3 and 2/3.
        Journey journey = CALCULATOR.attribute(DEAL,
                List.of(touch("late", Duration.ZERO, "c-2"), touch("early", Duration.ofDays(7), "c-1")), LOOKBACK);

        assertThat(journey.touches()).extracting(Touch::eventId).containsExactly("early", "late");
        assertCredits(journey, FIRST_TOUCH, 1, 0);
        assertCredits(journey, LAST_TOUCH, 0, 1);
        assertCredits(journey, LINEAR, 0.5, 0.5);
        assertCredits(journey, TIME_DECAY, 1.0 / 3, 2.0 / 3);
        assertCredits(journey, POSITION_BASED, 0.5, 0.5);
        assertThat(journey.revenue(TIME_DECAY, 1)).isCloseTo(666.6667, within(1e-4));
    }

    @Test
    void threeTouchesFollowTheHandComputedWeights() {
        // 14, 7 and 0 days before: time-decay weights 1/4, 1/2, 1 -> 1/7, 2/7, 4/7.
        Journey journey = CALCULATOR.attribute(DEAL, List.of(touch("a", Duration.ofDays(14), "c-1"),
                touch("b", Duration.ofDays(7), "c-1"), touch("c", Duration.ZERO, "c-2")), LOOKBACK);

        assertCredits(journey, FIRST_TOUCH, 1, 0, 0);
        assertCredits(journey, LAST_TOUCH, 0, 0, 1);
        assertCredits(journey, LINEAR, 1.0 / 3, 1.0 / 3, 1.0 / 3);
        assertCredits(journey, TIME_DECAY, 1.0 / 7, 2.0 / 7, 4.0 / 7);
        assertCredits(journey, POSITION_BASED, 0.4, 0.2, 0.4);
    }

    @Test
    void sixTouchesFollowTheHandComputedWeights() {
        // 29, 20, 14, 7, 1 and 0 days before: weights 2^(-d/7), normalised (computed separately).
        List<Touch> touches = new ArrayList<>();
        int[] daysBefore = {29, 20, 14, 7, 1, 0};
        for (int i = 0; i < daysBefore.length; i++) {
            touches.add(touch("t" + i, Duration.ofDays(daysBefore[i]), "c-" + (i % 2)));
        }
        Collections.reverse(touches);
        Journey journey = CALCULATOR.attribute(DEAL, touches, LOOKBACK);

        assertThat(journey.touches()).extracting(Touch::eventId).containsExactly("t0", "t1", "t2", "t3", "t4", "t5");
        assertCredits(journey, FIRST_TOUCH, 1, 0, 0, 0, 0, 0);
        assertCredits(journey, LAST_TOUCH, 0, 0, 0, 0, 0, 1);
        double sixth = 1.0 / 6;
        assertCredits(journey, LINEAR, sixth, sixth, sixth, sixth, sixth, sixth);
        assertCredits(journey, TIME_DECAY, 0.019859973802535066, 0.04841915847486686, 0.0877087552688624,
                0.1754175105377248, 0.31775958084056116, 0.3508350210754496);
        assertCredits(journey, POSITION_BASED, 0.4, 0.05, 0.05, 0.05, 0.05, 0.4);
    }

    @Test
    void touchesAtTheSameInstantAreOrderedByEventId() {
        Journey journey = CALCULATOR.attribute(DEAL, List.of(touch("b", Duration.ofHours(1), "c-b"),
                touch("a", Duration.ofHours(1), "c-a")), LOOKBACK);

        assertThat(journey.touches()).extracting(Touch::eventId).containsExactly("a", "b");
        assertCredits(journey, FIRST_TOUCH, 1, 0);
        assertCredits(journey, LAST_TOUCH, 0, 1);
        assertCredits(journey, TIME_DECAY, 0.5, 0.5);
    }

    @Test
    void windowIncludesBothEndsAndNothingOutside() {
        List<Touch> touches = List.of(
                touch("too-old", LOOKBACK.plusMillis(1), "c-1"),
                touch("oldest-counted", LOOKBACK, "c-1"),
                touch("same-instant", Duration.ZERO, "c-1"),
                new Touch("after", CONVERTED.toEpochMilli() + 1, TouchKind.CLICK, "c-1", "A", 1));

        Journey journey = CALCULATOR.attribute(DEAL, touches, LOOKBACK);

        assertThat(journey.touches()).extracting(Touch::eventId).containsExactly("oldest-counted", "same-instant");
    }

    @Test
    void conversionWithoutTouchInTheWindowIsUnattributed() {
        Journey journey = CALCULATOR.attribute(DEAL, List.of(touch("old", Duration.ofDays(31), "c-1")), LOOKBACK);

        assertThat(journey.attributed()).isFalse();
        assertThat(journey.touches()).isEmpty();
        assertThat(journey.conversion()).isEqualTo(DEAL);
    }

    @Test
    void shorterLookbackLeavesOutOlderTouches() {
        Journey journey = CALCULATOR.attribute(DEAL,
                List.of(touch("a", Duration.ofDays(10), "c-1"), touch("b", Duration.ofDays(2), "c-1")),
                Duration.ofDays(7));

        assertThat(journey.touches()).extracting(Touch::eventId).containsExactly("b");
    }

    @Test
    void revenueStaysInTheConversionsOwnCurrency() {
        Conversion euros = new Conversion("conv-eur", CONVERTED.toEpochMilli(), "deal_won", new BigDecimal("250"), "EUR");
        Conversion meeting = new Conversion("conv-none", CONVERTED.toEpochMilli(), "meeting_booked", null, null);
        List<Touch> touches = List.of(touch("a", Duration.ofDays(7), "c-1"), touch("b", Duration.ZERO, "c-1"));

        Journey dollars = CALCULATOR.attribute(DEAL, touches, LOOKBACK);
        Journey eur = CALCULATOR.attribute(euros, touches, LOOKBACK);
        Journey none = CALCULATOR.attribute(meeting, touches, LOOKBACK);

        assertThat(dollars.revenue(LINEAR, 0)).isEqualTo(500.0);
        assertThat(eur.revenue(LINEAR, 0)).isEqualTo(125.0);
        assertThat(eur.conversion().currency()).isEqualTo("EUR");
        assertThat(none.revenue(LINEAR, 0)).isZero();
        assertThat(none.conversion().currency()).isEmpty();
        assertThat(none.credit(LINEAR, 0)).isEqualTo(0.5);
    }

    @Test
    void creditsAddUpToExactlyOneForManyJourneys() {
        Random random = new Random(7);
        for (int run = 0; run < 2000; run++) {
            List<Touch> touches = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                touches.add(touch("t" + i, Duration.ofMinutes(random.nextInt(30 * 24 * 60)), "c"));
            }
            Journey journey = CALCULATOR.attribute(DEAL, touches, LOOKBACK);
            for (AttributionModel model : AttributionModel.values()) {
                double sum = 0;
                for (int i = 0; i < journey.touches().size(); i++) {
                    assertThat(journey.credit(model, i)).isBetween(0.0, 1.0);
                    sum += journey.credit(model, i);
                }
                assertThat(sum).as("%s of %s", model, touches).isEqualTo(1.0);
            }
        }
    }

    @Test
    void rejectsNonPositiveHalfLifeAndNegativeLookback() {
        assertThatThrownBy(() -> new AttributionCalculator(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALCULATOR.attribute(DEAL, List.of(), Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Touch touch(String id, Duration beforeConversion, String campaign) {
        return new Touch(id, CONVERTED.minus(beforeConversion).toEpochMilli(), TouchKind.OPEN, campaign, "A", 1);
    }

    private static void assertCredits(Journey journey, AttributionModel model, double... expected) {
        assertThat(journey.touches()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(journey.credit(model, i)).as("%s touch %d", model.wireName(), i)
                    .isCloseTo(expected[i], within(1e-12));
        }
    }
}
