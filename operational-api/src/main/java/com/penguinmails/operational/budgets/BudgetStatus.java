package com.penguinmails.operational.budgets;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * A budget with how much of it this month used.
 *
 * @param used emails sent, or money spent, this month (decimal string)
 * @param usedPercent used as a percentage of the amount, two decimals
 * @param notifiedThresholds thresholds already notified this month
 * @param held whether the budget's hard cap holds sending now
 */
public record BudgetStatus(
        @JsonProperty("budget") Budget budget,
        @JsonProperty("month_start") Instant monthStart,
        @JsonProperty("month_end") Instant monthEnd,
        @JsonProperty("used") String used,
        @JsonProperty("used_percent") String usedPercent,
        @JsonProperty("notified_thresholds") List<Integer> notifiedThresholds,
        @JsonProperty("held") boolean held) {

    /** {@code used} as a percentage of {@code amount}, two decimals, half up. Pure. */
    public static BigDecimal percent(BigDecimal used, BigDecimal amount) {
        return used.multiply(BigDecimal.valueOf(100)).divide(amount, 2, RoundingMode.HALF_UP);
    }
}
