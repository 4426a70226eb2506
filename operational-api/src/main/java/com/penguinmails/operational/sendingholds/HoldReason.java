package com.penguinmails.operational.sendingholds;

/** Why sending is held. */
public enum HoldReason {
    /** A payment failed and its grace period ended without payment. */
    PAYMENT_OVERDUE,
    /** The monthly budget's hard cap was reached. */
    BUDGET_CAP
}
