package com.penguinmails.operational.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A subscription as billing stores it: Stripe's ids and state, the plan terms it was sold on, the cancellation the
 * organisation asked for, and the failed-payment recovery state (past due since, grace end, sending suspended).
 *
 * @param planChanges how many plan changes were made, the counter of their idempotency keys
 */
public record StoredSubscription(
        String stripeSubscriptionId,
        String tenantId,
        String stripeCustomerId,
        String planCode,
        BigDecimal monthlyPrice,
        long includedEmails,
        BigDecimal overagePricePerThousand,
        String currency,
        String baseItemId,
        Optional<String> overageItemId,
        String status,
        Instant periodStart,
        Instant periodEnd,
        boolean cancelAtPeriodEnd,
        Optional<Instant> canceledAt,
        Optional<String> cancellationReason,
        Optional<String> cancellationComment,
        int planChanges,
        Optional<Instant> pastDueSince,
        Optional<Instant> graceEndsAt,
        Optional<Instant> suspendedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** A new subscription to {@code plan} in the state Stripe answered. */
    public static StoredSubscription created(String tenantId, Plan plan, StripeSubscriptionState state, Instant now) {
        return new StoredSubscription(state.id(), tenantId, state.customerId(), plan.code(), plan.monthlyPrice(),
                plan.includedEmails(), plan.overagePricePerThousand(), plan.currency(), state.baseItemId(),
                state.overageItemId(), state.status(), state.periodStart(), state.periodEnd(),
                state.cancelAtPeriodEnd(), state.canceledAt(), Optional.empty(), Optional.empty(), 0,
                Optional.empty(), Optional.empty(), Optional.empty(), now, now);
    }

    /** Whether the subscription is over (canceled, or never paid and expired). */
    public boolean ended() {
        return "canceled".equals(status) || "incomplete_expired".equals(status);
    }

    /** This subscription in Stripe's newer {@code state}. */
    public StoredSubscription withStripeState(StripeSubscriptionState state, Instant now) {
        return new StoredSubscription(stripeSubscriptionId, tenantId, stripeCustomerId, planCode, monthlyPrice,
                includedEmails, overagePricePerThousand, currency, state.baseItemId(),
                state.overageItemId().or(() -> overageItemId), state.status(), state.periodStart(), state.periodEnd(),
                state.cancelAtPeriodEnd(), state.canceledAt(), cancellationReason, cancellationComment, planChanges,
                pastDueSince, graceEndsAt, suspendedAt, createdAt, now);
    }

    /** This subscription moved to {@code plan}'s terms, one more plan change counted. */
    public StoredSubscription withPlan(Plan plan, Instant now) {
        return new StoredSubscription(stripeSubscriptionId, tenantId, stripeCustomerId, plan.code(),
                plan.monthlyPrice(), plan.includedEmails(), plan.overagePricePerThousand(), plan.currency(),
                baseItemId, overageItemId, status, periodStart, periodEnd, cancelAtPeriodEnd, canceledAt,
                cancellationReason, cancellationComment, planChanges + 1, pastDueSince, graceEndsAt, suspendedAt,
                createdAt, now);
    }

    /** This subscription with the organisation's cancellation reason and comment. */
    public StoredSubscription withCancellation(CancellationReason reason, Optional<String> comment, Instant now) {
        return new StoredSubscription(stripeSubscriptionId, tenantId, stripeCustomerId, planCode, monthlyPrice,
                includedEmails, overagePricePerThousand, currency, baseItemId, overageItemId, status, periodStart,
                periodEnd, cancelAtPeriodEnd, canceledAt, Optional.of(reason.wireName()), comment, planChanges,
                pastDueSince, graceEndsAt, suspendedAt, createdAt, now);
    }

    /** This subscription with its failed-payment recovery state replaced. */
    public StoredSubscription withRecovery(Optional<Instant> pastDueSince, Optional<Instant> graceEndsAt,
            Optional<Instant> suspendedAt, Instant now) {
        return new StoredSubscription(stripeSubscriptionId, tenantId, stripeCustomerId, planCode, monthlyPrice,
                includedEmails, overagePricePerThousand, currency, baseItemId, overageItemId, status, periodStart,
                periodEnd, cancelAtPeriodEnd, canceledAt, cancellationReason, cancellationComment, planChanges,
                pastDueSince, graceEndsAt, suspendedAt, createdAt, now);
    }

    /** The account usage metering and budgets read. */
    public BillingAccount account() {
        return new BillingAccount(tenantId, planCode, includedEmails, overagePricePerThousand, currency, periodStart,
                periodEnd, stripeCustomerId, stripeSubscriptionId, status);
    }
}
