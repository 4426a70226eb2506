package com.penguinmails.query.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohortTest {

    @Test
    void computesSharesPeriodStartsAndCumulativeValuePerContactByCurrency() {
        CohortCounts counts = new CohortCounts(LocalDate.of(2026, 11, 30), 3, List.of(3L, 1L, 0L),
                List.of(3L, 2L, 1L), List.of(
                        new ConversionValue(0, "USD", new BigDecimal("10.0000")),
                        new ConversionValue(2, "USD", new BigDecimal("0.0100")),
                        new ConversionValue(2, "EUR", new BigDecimal("5.0000"))));

        Cohort cohort = Cohort.of(counts, CohortPeriod.MONTH);

        assertThat(cohort.size()).isEqualTo(3);
        assertThat(cohort.periods()).extracting(RetentionCell::start).containsExactly(
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 30));
        RetentionCell first = cohort.periods().get(0);
        assertThat(first.share()).isEqualTo(1.0);
        assertThat(first.value()).isEqualTo(Map.of("USD", new BigDecimal("10.0000")));
        assertThat(first.ltv()).isEqualTo(Map.of("USD", new BigDecimal("3.3333")));
        RetentionCell second = cohort.periods().get(1);
        assertThat(second.share()).isEqualTo(0.3333);
        assertThat(second.shareUnbounded()).isEqualTo(0.6667);
        assertThat(second.value()).isEqualTo(Map.of("USD", new BigDecimal("10.0000")));
        RetentionCell third = cohort.periods().get(2);
        assertThat(third.share()).isZero();
        assertThat(third.activeUnbounded()).isEqualTo(1);
        assertThat(third.value()).isEqualTo(Map.of("USD", new BigDecimal("10.0100"), "EUR", new BigDecimal("5.0000")));
        assertThat(third.ltv()).isEqualTo(Map.of("USD", new BigDecimal("3.3367"), "EUR", new BigDecimal("1.6667")));
    }

    @Test
    void weeksStartOnMondayInEveryPeriodArithmetic() {
        assertThat(CohortPeriod.WEEK.startOf(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(CohortPeriod.WEEK.startOf(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(CohortPeriod.MONTH.startOf(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(CohortPeriod.WEEK.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 7))).isEqualTo(2);
    }

    @Test
    void anEmptyCohortHasZeroSharesRatherThanAnError() {
        Cohort cohort = Cohort.of(new CohortCounts(LocalDate.of(2026, 11, 1), 0, List.of(0L), List.of(0L),
                List.of()), CohortPeriod.DAY);
        assertThat(cohort.periods().get(0).share()).isZero();
        assertThat(cohort.periods().get(0).ltv()).isEmpty();
    }
}
