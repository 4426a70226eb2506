package com.penguinmails.operational.billing;

import com.penguinmails.operational.access.Caller;

/** The callers billing records in the audit trail for changes no person made: Stripe's webhooks and its own jobs. */
public final class BillingActors {

    /** The audit actor of changes made on a Stripe webhook event. */
    public static final String STRIPE_WEBHOOK = "service:stripe-webhook";
    /** The audit actor of changes made by the grace-period expiry job. */
    public static final String GRACE_PERIOD_EXPIRY = "service:billing-grace-period";

    private BillingActors() {
    }

    /** A caller acting as {@code actor} in {@code tenantId}, holding no permission. */
    public static Caller acting(String tenantId, String actor) {
        return Caller.internal(tenantId, actor);
    }
}
