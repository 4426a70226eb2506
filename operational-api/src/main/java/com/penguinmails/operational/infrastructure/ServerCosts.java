package com.penguinmails.operational.infrastructure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Prices server time, pure: a server costs its monthly price for a whole calendar month (UTC) while it is billable,
 * from the moment it became active until it was deleted; a part of a month costs the monthly price times the
 * billable share of the month's seconds, rounded half-up to the cent. Servers that never became active cost nothing.
 */
public final class ServerCosts {

    private ServerCosts() {
    }

    /**
     * What a server cost in {@code month} up to {@code asOf} (the whole month when it is over).
     *
     * @param activeAt when the server became active, or null (never: nothing to pay)
     * @param deletedAt when it was deleted, or null (still billable)
     */
    public static BigDecimal monthToDate(BigDecimal monthlyCost, Instant activeAt, Instant deletedAt, YearMonth month,
            Instant asOf) {
        if (activeAt == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        Instant monthStart = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant from = latest(activeAt, monthStart);
        Instant to = earliest(earliest(deletedAt == null ? asOf : deletedAt, asOf), monthEnd);
        if (!to.isAfter(from)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long billable = Duration.between(from, to).toSeconds();
        long whole = Duration.between(monthStart, monthEnd).toSeconds();
        return monthlyCost.multiply(BigDecimal.valueOf(billable))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** Whether the server is charged for at {@code at}: it became active and is not deleted. */
    public static boolean billable(Instant activeAt, Instant deletedAt, Instant at) {
        return activeAt != null && !activeAt.isAfter(at) && (deletedAt == null || deletedAt.isAfter(at));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
