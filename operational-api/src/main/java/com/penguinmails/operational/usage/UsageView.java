package com.penguinmails.operational.usage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/usage}: an organisation's emails sent in one billing period against its plan. Money is
 * a decimal string in {@code currency} (ISO 4217, lower case as Stripe writes it).
 *
 * @param emailsSent the organisation's total, every workspace included (also when the answer is for one workspace)
 * @param projectedEmails the total at the end of the period at the average rate so far
 * @param reportedToStripe emails Stripe has confirmed for the period
 * @param workspaces per workspace; only the asked workspace when one was asked
 */
public record UsageView(
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("period") String period,
        @JsonProperty("period_start") Instant periodStart,
        @JsonProperty("period_end") Instant periodEnd,
        @JsonProperty("plan") String plan,
        @JsonProperty("included_emails") long includedEmails,
        @JsonProperty("emails_sent") long emailsSent,
        @JsonProperty("progress_percent") String progressPercent,
        @JsonProperty("projected_emails") long projectedEmails,
        @JsonProperty("overage_emails") long overageEmails,
        @JsonProperty("projected_overage_emails") long projectedOverageEmails,
        @JsonProperty("currency") String currency,
        @JsonProperty("overage_price_per_thousand") String overagePricePerThousand,
        @JsonProperty("overage_cost") String overageCost,
        @JsonProperty("projected_overage_cost") String projectedOverageCost,
        @JsonProperty("reported_to_stripe") long reportedToStripe,
        @JsonProperty("workspaces") List<WorkspaceUsage> workspaces) {
}
