package com.penguinmails.operational.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageProjectionTest {

    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void progressIsAPercentageWithTwoDecimals() {
        assertThat(UsageProjection.progressPercent(12_345, 50_000)).isEqualByComparingTo("24.69");
        assertThat(UsageProjection.progressPercent(60_000, 50_000)).isEqualByComparingTo("120.00");
        assertThat(UsageProjection.progressPercent(0, 0)).isEqualByComparingTo("0");
    }

    @Test
    void projectsLinearlyToThePeriodsEnd() {
        Instant tenDaysIn = Instant.parse("2026-11-11T00:00:00Z");

        assertThat(UsageProjection.projected(10_000, START, END, tenDaysIn)).isEqualTo(30_000);
    }

    @Test
    void anEndedPeriodProjectsWhatWasSent() {
        assertThat(UsageProjection.projected(10_000, START, END, END)).isEqualTo(10_000);
        assertThat(UsageProjection.projected(7, START, END, START)).isEqualTo(7);
    }

    @Test
    void overageIsPricedPerStartedThousand() {
        assertThat(UsageProjection.overage(51_001, 50_000)).isEqualTo(1_001);
        assertThat(UsageProjection.overage(40_000, 50_000)).isZero();
        assertThat(UsageProjection.overageCost(1_001, new BigDecimal("1.20"))).isEqualByComparingTo("2.40");
        assertThat(UsageProjection.overageCost(1_000, new BigDecimal("1.20"))).isEqualByComparingTo("1.20");
        assertThat(UsageProjection.overageCost(0, new BigDecimal("1.20")).toPlainString()).isEqualTo("0.00");
    }
}
