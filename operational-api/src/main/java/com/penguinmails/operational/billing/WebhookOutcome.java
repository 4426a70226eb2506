package com.penguinmails.operational.billing;

/** What became of a verified Stripe webhook event. */
public enum WebhookOutcome {
    /** Processed now. */
    PROCESSED,
    /** Already processed earlier (a redelivery or a replay): nothing done again. */
    REPLAYED,
    /** Not about anything billing keeps (another type, or a customer billing did not make); recorded as seen. */
    IGNORED
}
