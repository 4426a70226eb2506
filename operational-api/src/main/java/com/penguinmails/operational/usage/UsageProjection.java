package com.penguinmails.operational.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The arithmetic of a usage answer: progress against the included volume, a linear projection to the end of the
 * period, and overage priced per started thousand emails (as a Stripe price with {@code transform_quantity} dividing
 * by 1000 and rounding up would bill it). Money keeps two decimals, half up. Pure.
 */
public final class UsageProjection {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private UsageProjection() {
    }

    /** {@code sent} as a percentage of {@code included}, two decimals; 0 when nothing is included and nothing sent. */
    public static BigDecimal progressPercent(long sent, long included) {
        if (included <= 0) {
            return sent == 0 ? BigDecimal.ZERO.setScale(2) : HUNDRED.setScale(2);
        }
        return BigDecimal.valueOf(sent).multiply(HUNDRED).divide(BigDecimal.valueOf(included), 2,
                RoundingMode.HALF_UP);
    }

    /**
     * The volume at {@code end} if sending goes on at the average rate of {@code [start, now)}; {@code sent} itself
     * once the period is over or before it has run a second.
     */
    public static long projected(long sent, Instant start, Instant end, Instant now) {
        if (!now.isBefore(end)) {
            return sent;
        }
        long elapsed = Duration.between(start, now).toMillis();
        if (elapsed < 1000) {
            return sent;
        }
        long length = Duration.between(start, end).toMillis();
        return BigDecimal.valueOf(sent).multiply(BigDecimal.valueOf(length))
                .divide(BigDecimal.valueOf(elapsed), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Emails beyond the included volume. */
    public static long overage(long volume, long included) {
        return Math.max(0, volume - included);
    }

    /** The price of {@code overageEmails}: each started thousand at {@code pricePerThousand}. */
    public static BigDecimal overageCost(long overageEmails, BigDecimal pricePerThousand) {
        BigDecimal thousands = BigDecimal.valueOf(overageEmails).divide(THOUSAND, 0, RoundingMode.UP);
        return thousands.multiply(pricePerThousand).setScale(2, RoundingMode.HALF_UP);
    }
}
