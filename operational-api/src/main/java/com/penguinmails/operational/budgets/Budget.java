package com.penguinmails.operational.budgets;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A monthly budget of an organisation ({@code workspaceId} null) or of one workspace.
 *
 * @param unit {@code emails} (emails sent) or {@code money} (estimated usage charges: overage, organisation only)
 * @param amount the budget, in emails or in {@code currency}
 * @param currency ISO 4217, lower case, for money budgets; null for email budgets
 * @param thresholds percentages notified once each per month, ascending
 * @param hardCap whether reaching 100 % holds sending until the budget is raised or a new month starts
 */
public record Budget(
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("unit") String unit,
        @JsonProperty("amount") String amount,
        @JsonProperty("currency") String currency,
        @JsonProperty("thresholds") List<Integer> thresholds,
        @JsonProperty("hard_cap") boolean hardCap,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static final String EMAILS = "emails";
    public static final String MONEY = "money";

    public Budget {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(amount, "amount");
        thresholds = List.copyOf(thresholds);
    }

    /** The amount as a number. */
    public BigDecimal amountValue() {
        return new BigDecimal(amount);
    }

    /** {@code organisation} or {@code workspace}. */
    public String scopeKind() {
        return workspaceId == null ? "organisation" : "workspace";
    }
}
