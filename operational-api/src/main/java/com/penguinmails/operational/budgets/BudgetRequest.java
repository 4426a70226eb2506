package com.penguinmails.operational.budgets;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code PUT /v1/budgets} and {@code PUT /v1/workspaces/{id}/budget}. Checked by
 * {@link BudgetValidator}.
 *
 * @param amount a decimal string or number: emails (whole) or money (at most 2 decimals)
 * @param thresholds percentages 1-100 to be notified at; default 50, 80, 100
 * @param hardCap default false
 */
public record BudgetRequest(
        @JsonProperty("unit") String unit,
        @JsonProperty("amount") BigDecimal amount,
        @JsonProperty("currency") String currency,
        @JsonProperty("thresholds") List<Integer> thresholds,
        @JsonProperty("hard_cap") Boolean hardCap) {
}
