package com.penguinmails.query.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventTotalsTest {

    @Test
    void reportsEveryTypeInAFixedOrderWithZerosForTypesThatDidNotOccur() {
        EventTotals totals = new EventTotals(List.of(
                new EventTotals.TypeTotal("open", 7, 3),
                new EventTotals.TypeTotal("send", 4, 4)));

        assertThat(totals.eventsByType()).containsExactly(
                entry("send", 4L), entry("delivered", 0L), entry("deferred", 0L), entry("bounce", 0L), entry("open", 7L),
                entry("click", 0L), entry("reply", 0L), entry("unsubscribe", 0L), entry("complaint", 0L),
                entry("conversion", 0L));
        assertThat(totals.messagesByType()).containsEntry("open", 3L).containsEntry("delivered", 0L).hasSize(10);
    }

    @Test
    void leavesOutTypesThatAreNotReported() {
        EventTotals totals = new EventTotals(List.of(new EventTotals.TypeTotal("unknown", 5, 5)));

        assertThat(totals.eventsByType()).doesNotContainKey("unknown").containsValues(0L).hasSize(10);
    }

    @Test
    void refusesTheSameTypeTwice() {
        assertThatThrownBy(() -> new EventTotals(List.of(
                new EventTotals.TypeTotal("send", 1, 1), new EventTotals.TypeTotal("send", 2, 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.Map.Entry<String, Long> entry(String key, Long value) {
        return java.util.Map.entry(key, value);
    }
}
