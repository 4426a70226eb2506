package com.penguinmails.operational.billing;

/** An invoice mirrored from Stripe, with the organisation it belongs to. */
public record StoredInvoice(String tenantId, StripeInvoice invoice) {
}
