package com.penguinmails.query.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void dividesDeliveryAndBounceBySentAndEngagementByDelivered() {
        EventTotals totals = new EventTotals(List.of(
                new EventTotals.TypeTotal("send", 8, 8),
                new EventTotals.TypeTotal("delivered", 6, 6),
                new EventTotals.TypeTotal("bounce", 2, 2),
                new EventTotals.TypeTotal("open", 9, 3),
                new EventTotals.TypeTotal("click", 2, 2),
                new EventTotals.TypeTotal("reply", 1, 1),
                new EventTotals.TypeTotal("unsubscribe", 1, 1),
                new EventTotals.TypeTotal("complaint", 0, 0)));

        assertThat(Rates.of(totals)).isEqualTo(new Rates(0.75, 0.25, 0.5, 0.3333, 0.1667, 0.1667, 0.0));
    }

    @Test
    void usesDistinctMessagesNotEventCounts() {
        EventTotals totals = new EventTotals(List.of(
                new EventTotals.TypeTotal("send", 2, 2),
                new EventTotals.TypeTotal("delivered", 2, 2),
                new EventTotals.TypeTotal("open", 40, 1)));

        assertThat(Rates.of(totals).open()).isEqualTo(0.5);
    }

    @Test
    void isZeroWhenNothingWasSentOrDelivered() {
        EventTotals onlyOpens = new EventTotals(List.of(new EventTotals.TypeTotal("open", 3, 3)));

        assertThat(Rates.of(onlyOpens)).isEqualTo(new Rates(0, 0, 0, 0, 0, 0, 0));
        assertThat(Rates.of(new EventTotals(List.of()))).isEqualTo(new Rates(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void roundsHalfUpToFourDecimals() {
        assertThat(Rates.ratio(2, 3)).isEqualTo(0.6667);
        assertThat(Rates.ratio(1, 3)).isEqualTo(0.3333);
        assertThat(Rates.ratio(1, 32)).isEqualTo(0.0313);
        assertThat(Rates.ratio(1, 20_001)).isEqualTo(0.0);
        assertThat(Rates.ratio(1, 20_000)).isEqualTo(0.0001);
    }

    @Test
    void isNotCappedAtOne() {
        assertThat(Rates.ratio(5, 4)).isEqualTo(1.25);
    }
}
