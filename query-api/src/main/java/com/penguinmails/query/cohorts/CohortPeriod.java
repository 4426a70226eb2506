package com.penguinmails.query.cohorts;

import com.penguinmails.query.request.InvalidQueryParameterException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The length of a cohort and of each period after it, cut in the request's time zone: a calendar day, an ISO week
 * (Monday to Sunday) or a calendar month.
 */
public enum CohortPeriod {
    DAY("toDate", "toRelativeDayNum", ChronoUnit.DAYS),
    WEEK("toMonday", "toRelativeWeekNum", ChronoUnit.WEEKS),
    MONTH("toStartOfMonth", "toRelativeMonthNum", ChronoUnit.MONTHS);

    private final String startFunction;
    private final String numberFunction;
    private final ChronoUnit unit;

    CohortPeriod(String startFunction, String numberFunction, ChronoUnit unit) {
        this.startFunction = startFunction;
        this.numberFunction = numberFunction;
        this.unit = unit;
    }

    /** The period's name as the API spells it ({@code day}, {@code week}, {@code month}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The ClickHouse function (argument: a time, then a zone) that gives the local date the period containing the
     * time starts on.
     */
    String startFunction() {
        return startFunction;
    }

    /**
     * The ClickHouse function (argument: a time, then a zone) that numbers periods consecutively, so the difference of
     * two numbers is the count of periods between two times.
     */
    String numberFunction() {
        return numberFunction;
    }

    /** The local date on which the period containing {@code date} starts. */
    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The start of the {@code k}-th period after the one starting on {@code start} (k = 0 is that one). */
    public LocalDate plus(LocalDate start, int k) {
        return start.plus(k, unit);
    }

    /** Whole periods from the one starting on {@code from} to the one starting on {@code to}. */
    public long between(LocalDate from, LocalDate to) {
        return unit.between(from, to);
    }

    /**
     * The period named by a query parameter.
     *
     * @throws InvalidQueryParameterException when the text names no period
     */
    public static CohortPeriod parse(String text) {
        return Arrays.stream(values()).filter(period -> period.wireName().equals(text)).findFirst()
                .orElseThrow(() -> new InvalidQueryParameterException("period must be one of "
                        + Arrays.stream(values()).map(CohortPeriod::wireName).collect(Collectors.joining(", "))));
    }
}
