package com.penguinmails.operational.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An organisation's current subscription as usage metering and budgets need it.
 *
 * @param tenantId the organisation
 * @param planCode the plan, e.g. {@code growth}
 * @param includedEmails emails included per billing period, across the organisation's workspaces
 * @param overagePricePerThousand the price of each further thousand emails, in {@code currency}
 * @param currency ISO 4217 code, lower case as Stripe writes it
 * @param periodStart start of the current billing period (inclusive)
 * @param periodEnd end of the current billing period (exclusive)
 * @param stripeCustomerId the Stripe customer ({@code cus_...})
 * @param stripeSubscriptionId the Stripe subscription ({@code sub_...})
 * @param status the subscription status as Stripe names it: active, past_due, canceled, ...
 */
public record BillingAccount(
        String tenantId,
        String planCode,
        long includedEmails,
        BigDecimal overagePricePerThousand,
        String currency,
        Instant periodStart,
        Instant periodEnd,
        String stripeCustomerId,
        String stripeSubscriptionId,
        String status) {

    public BillingAccount {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(planCode, "planCode");
        Objects.requireNonNull(overagePricePerThousand, "overagePricePerThousand");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(stripeCustomerId, "stripeCustomerId");
        Objects.requireNonNull(stripeSubscriptionId, "stripeSubscriptionId");
        Objects.requireNonNull(status, "status");
    }
}
