package com.penguinmails.operational.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ServerCostsTest {

    private static final BigDecimal PRICE = new BigDecimal("30.00");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void aServerActiveAllMonthCostsItsMonthlyPriceOnceTheMonthIsOver() {
        assertThat(ServerCosts.monthToDate(PRICE, Instant.parse("2026-10-01T00:00:00Z"), null, NOVEMBER,
                Instant.parse("2026-12-05T00:00:00Z"))).isEqualByComparingTo("30.00");
    }

    @Test
    void monthToDateIsTheShareOfTheMonthSoFar() {
        // 10 of November's 30 days.
        assertThat(ServerCosts.monthToDate(PRICE, Instant.parse("2026-10-01T00:00:00Z"), null, NOVEMBER,
                Instant.parse("2026-11-11T00:00:00Z"))).isEqualByComparingTo("10.00");
    }

    @Test
    void chargingStartsWhenActiveAndEndsWhenDeleted() {
        assertThat(ServerCosts.monthToDate(PRICE, Instant.parse("2026-11-16T00:00:00Z"),
                Instant.parse("2026-11-21T00:00:00Z"), NOVEMBER, Instant.parse("2026-11-30T00:00:00Z")))
                .isEqualByComparingTo("5.00");
    }

    @Test
    void roundsHalfUpToTheCent() {
        // One hour of a 9.99 month of 720 hours: 0.013875.
        BigDecimal cost = ServerCosts.monthToDate(new BigDecimal("9.99"), Instant.parse("2026-11-01T00:00:00Z"), null,
                NOVEMBER, Instant.parse("2026-11-01T01:00:00Z"));
        assertThat(cost.toPlainString()).isEqualTo("0.01");
    }

    @Test
    void aServerThatNeverBecameActiveOrWasDeletedBeforeTheMonthCostsNothing() {
        assertThat(ServerCosts.monthToDate(PRICE, null, null, NOVEMBER, Instant.parse("2026-11-20T00:00:00Z")))
                .isEqualByComparingTo("0");
        assertThat(ServerCosts.monthToDate(PRICE, Instant.parse("2026-09-01T00:00:00Z"),
                Instant.parse("2026-10-15T00:00:00Z"), NOVEMBER, Instant.parse("2026-11-20T00:00:00Z")))
                .isEqualByComparingTo("0");
    }

    @Test
    void billableOnlyBetweenActivationAndDeletion() {
        Instant active = Instant.parse("2026-11-10T00:00:00Z");
        Instant deleted = Instant.parse("2026-11-20T00:00:00Z");
        assertThat(ServerCosts.billable(active, deleted, Instant.parse("2026-11-09T00:00:00Z"))).isFalse();
        assertThat(ServerCosts.billable(active, deleted, Instant.parse("2026-11-15T00:00:00Z"))).isTrue();
        assertThat(ServerCosts.billable(active, deleted, deleted)).isFalse();
        assertThat(ServerCosts.billable(null, null, deleted)).isFalse();
    }
}
