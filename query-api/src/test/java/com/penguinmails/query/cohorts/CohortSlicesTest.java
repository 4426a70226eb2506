package com.penguinmails.query.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penguinmails.query.request.TimeRange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortSlicesTest {

    private static final LocalDate WEEK_ONE = LocalDate.of(2026, 11, 2);
    private static final LocalDate WEEK_TWO = LocalDate.of(2026, 11, 9);
    private static final Instant AS_OF = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void slicesAreAsLongAsEveryOffsetOfTheZoneAllows() {
        assertThat(CohortSlices.sliceLength(ZoneId.of("UTC"))).isEqualTo(Duration.ofHours(1));
        assertThat(CohortSlices.sliceLength(ZoneId.of("Europe/Berlin"))).isEqualTo(Duration.ofHours(1));
        assertThat(CohortSlices.sliceLength(ZoneId.of("America/St_Johns"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(CohortSlices.sliceLength(ZoneId.of("Asia/Kolkata"))).isEqualTo(Duration.ofMinutes(30));
        // Daylight saving time of half an hour.
        assertThat(CohortSlices.sliceLength(ZoneId.of("Australia/Lord_Howe"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(CohortSlices.sliceLength(ZoneId.of("Asia/Kathmandu"))).isEqualTo(Duration.ofMinutes(15));
        // -0:44:30 until 1972: no grid fits its midnights then; quarter hours still fit whole hours.
        assertThat(CohortSlices.sliceLength(ZoneId.of("Africa/Monrovia"))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aRangeIsOnTheGridWhenBothEndsAre() {
        Duration hour = Duration.ofHours(1);
        assertThat(CohortSlices.onGrid(range("2026-11-01T00:00:00Z", "2026-11-20T13:00:00Z"), hour)).isTrue();
        assertThat(CohortSlices.onGrid(range("2026-11-01T00:30:00Z", "2026-11-20T13:00:00Z"), hour)).isFalse();
        assertThat(CohortSlices.onGrid(range("2026-11-01T00:00:00Z", "2026-11-20T13:00:00.001Z"), hour)).isFalse();
        assertThat(CohortSlices.onGrid(range("2026-10-31T18:30:00Z", "2026-11-20T18:30:00Z"), Duration.ofMinutes(30)))
                .isTrue();
    }

    @Test
    void aCohortsCountsAreTheSumsOfItsSlicesInTheRange() {
        CohortSlices all = new CohortSlices(AS_OF, List.of(
                slice(WEEK_TWO, "2026-11-09T08:00:00Z", 5, new long[] {5, 2}, new long[] {5, 3},
                        new ConversionValue(0, "USD", new BigDecimal("1.5"))),
                slice(WEEK_ONE, "2026-11-02T09:00:00Z", 3, new long[] {3, 1}, new long[] {3, 2},
                        new ConversionValue(1, "EUR", new BigDecimal("4"))),
                slice(WEEK_ONE, "2026-11-03T14:00:00Z", 2, new long[] {1, 1}, new long[] {2, 1},
                        new ConversionValue(1, "EUR", new BigDecimal("6")),
                        new ConversionValue(1, "USD", new BigDecimal("2"))),
                slice(WEEK_ONE, "2026-11-01T23:00:00Z", 7, new long[] {7, 7}, new long[] {7, 7})));

        List<CohortCounts> cohorts = all.within(range("2026-11-02T00:00:00Z", "2026-11-09T09:00:00Z")).cohorts();

        assertThat(cohorts).containsExactly(
                new CohortCounts(WEEK_ONE, 5, List.of(4L, 2L), List.of(5L, 3L), List.of(
                        new ConversionValue(1, "EUR", new BigDecimal("10")),
                        new ConversionValue(1, "USD", new BigDecimal("2")))),
                new CohortCounts(WEEK_TWO, 5, List.of(5L, 2L), List.of(5L, 3L),
                        List.of(new ConversionValue(0, "USD", new BigDecimal("1.5")))));
        assertThat(all.within(range("2026-11-02T00:00:00Z", "2026-11-09T09:00:00Z")).asOf()).isEqualTo(AS_OF);
        assertThat(all.within(range("2026-11-09T09:00:00Z", "2026-11-10T00:00:00Z")).cohorts()).isEmpty();
    }

    @Test
    void valuesThatCancelOutAreLeftOut() {
        CohortSlices refunded = new CohortSlices(AS_OF, List.of(
                slice(WEEK_ONE, "2026-11-02T09:00:00Z", 1, new long[] {1}, new long[] {1},
                        new ConversionValue(0, "EUR", new BigDecimal("5"))),
                slice(WEEK_ONE, "2026-11-02T10:00:00Z", 1, new long[] {1}, new long[] {1},
                        new ConversionValue(0, "EUR", new BigDecimal("-5")))));

        assertThat(refunded.cohorts()).singleElement().satisfies(cohort -> {
            assertThat(cohort.size()).isEqualTo(2);
            assertThat(cohort.values()).isEmpty();
        });
    }

    @Test
    void slicesOfOneCohortMustCoverTheSamePeriods() {
        CohortSlices mixed = new CohortSlices(AS_OF, List.of(
                slice(WEEK_ONE, "2026-11-02T09:00:00Z", 1, new long[] {1}, new long[] {1}),
                slice(WEEK_ONE, "2026-11-02T10:00:00Z", 1, new long[] {1, 0}, new long[] {1, 0})));

        assertThatThrownBy(mixed::cohorts).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsTheNumbersItHolds() {
        CohortSlices slices = new CohortSlices(AS_OF, List.of(
                slice(WEEK_ONE, "2026-11-02T09:00:00Z", 1, new long[] {1, 0, 0}, new long[] {1, 0, 0},
                        new ConversionValue(0, "EUR", BigDecimal.ONE))));

        assertThat(slices.cells()).isEqualTo(1 + 6 + 3);
    }

    static CohortSlice slice(LocalDate cohort, String sliceStart, long size, long[] active, long[] unbounded,
            ConversionValue... values) {
        return new CohortSlice(cohort, Instant.parse(sliceStart), size, active, unbounded, List.of(values));
    }

    static TimeRange range(String from, String to) {
        return new TimeRange(Instant.parse(from), Instant.parse(to));
    }
}
