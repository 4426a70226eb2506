package com.penguinmails.operational.billing;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.sendingholds.HoldReason;
import com.penguinmails.operational.sendingholds.SendingHolds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Failed-payment recovery, inside the caller's transaction: a failed payment makes the subscription past due and starts
 * the grace period (once, at the first failure); when the grace period ends unpaid, the organisation's sending is held
 * ({@link HoldReason#PAYMENT_OVERDUE}); when no failed invoice remains unpaid, the past-due state ends and the hold is
 * lifted. Each change is audited. Retries of the payment itself are Stripe's (smart retries) or the organisation's
 * ({@code POST /v1/billing/invoices/{id}/pay}).
 */
public final class PaymentRecovery {

    private final BillingDao dao;
    private final SendingHolds holds;
    private final AuditTrail audit;
    private final Duration gracePeriod;
    private final Clock clock;

    public PaymentRecovery(BillingDao dao, SendingHolds holds, AuditTrail audit, Duration gracePeriod, Clock clock) {
        this.dao = dao;
        this.holds = holds;
        this.audit = audit;
        this.gracePeriod = gracePeriod;
        this.clock = clock;
    }

    /** A payment of the subscription failed: past due from now, grace until now + grace period, unless already. */
    public StoredSubscription paymentFailed(Handle handle, Caller caller, StoredSubscription subscription) {
        if (subscription.pastDueSince().isPresent() || subscription.ended()) {
            return subscription;
        }
        Instant now = clock.instant();
        StoredSubscription pastDue = subscription.withRecovery(Optional.of(now), Optional.of(now.plus(gracePeriod)),
                Optional.empty(), now);
        dao.updateSubscription(handle, pastDue);
        audit.record(handle, caller, "billing.past_due", "subscription", subscription.stripeSubscriptionId(),
                SubscriptionView.of(subscription), SubscriptionView.of(pastDue));
        return pastDue;
    }

    /**
     * A payment of the subscription succeeded: when none of its invoices is still open after a failed attempt, ends
     * the past-due state and lifts the hold if sending was suspended.
     */
    public StoredSubscription paymentSucceeded(Handle handle, Caller caller, StoredSubscription subscription) {
        if (subscription.pastDueSince().isEmpty() && subscription.suspendedAt().isEmpty()
                || dao.failedOpenInvoices(handle, subscription.stripeSubscriptionId()) > 0) {
            return subscription;
        }
        if (subscription.suspendedAt().isPresent()) {
            holds.lift(handle, subscription.tenantId(), Optional.empty(), HoldReason.PAYMENT_OVERDUE);
        }
        Instant now = clock.instant();
        StoredSubscription reinstated = subscription.withRecovery(Optional.empty(), Optional.empty(), Optional.empty(),
                now);
        dao.updateSubscription(handle, reinstated);
        audit.record(handle, caller, "billing.reinstate", "subscription", subscription.stripeSubscriptionId(),
                SubscriptionView.of(subscription), SubscriptionView.of(reinstated));
        return reinstated;
    }

    /**
     * Holds the sending of every organisation whose grace period ended by now, up to {@code limit} of them; rows locked
     * by another instance are left to it.
     *
     * @return how many organisations were suspended
     */
    public int suspendOverdue(Handle handle, int limit) {
        Instant now = clock.instant();
        List<StoredSubscription> overdue = dao.graceEndedForUpdate(handle, now, limit);
        for (StoredSubscription subscription : overdue) {
            holds.place(handle, subscription.tenantId(), Optional.empty(), HoldReason.PAYMENT_OVERDUE,
                    "A payment is overdue since " + DateTimeFormatter.ISO_INSTANT.format(
                            subscription.pastDueSince().orElseThrow()) + "; sending resumes once the invoice is paid.");
            StoredSubscription suspended = subscription.withRecovery(subscription.pastDueSince(),
                    subscription.graceEndsAt(), Optional.of(now), now);
            dao.updateSubscription(handle, suspended);
            audit.record(handle, BillingActors.acting(subscription.tenantId(), BillingActors.GRACE_PERIOD_EXPIRY),
                    "billing.suspend_sending", "subscription", subscription.stripeSubscriptionId(),
                    SubscriptionView.of(subscription), SubscriptionView.of(suspended));
        }
        return overdue.size();
    }
}
