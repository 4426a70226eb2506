package com.penguinmails.operational.billing;

/**
 * The idempotency keys of the writes sent to Stripe, each derived from what our request is about rather than drawn at
 * random, so that a retry of the same request (by stripe-java after a timeout or a 5xx, or by the client after we
 * answered 503) carries the same key and Stripe answers with the object it already made: never a second customer,
 * subscription or charge. Each key includes a counter that only moves once the previous write is stored, so a later,
 * different request gets a new key.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /** The organisation's one Stripe customer. */
    public static String customer(String tenantId) {
        return "pm-customer-" + tenantId;
    }

    /** The organisation's {@code ordinal}-th subscription (1 for the first, 2 after one ended, ...). */
    public static String subscription(String tenantId, long ordinal) {
        return "pm-subscription-" + tenantId + "-" + ordinal;
    }

    /** The {@code ordinal}-th plan change of a subscription. */
    public static String planChange(String subscriptionId, long ordinal) {
        return "pm-plan-change-" + subscriptionId + "-" + ordinal;
    }

    /** The cancellation of a subscription, at period end or now. */
    public static String cancellation(String subscriptionId, boolean atPeriodEnd) {
        return "pm-cancel-" + subscriptionId + (atPeriodEnd ? "-at-period-end" : "-now");
    }

    /** A payment attempt on an invoice after {@code previousAttempts} attempts Stripe reported. */
    public static String payment(String invoiceId, long previousAttempts) {
        return "pm-pay-" + invoiceId + "-" + previousAttempts;
    }
}
