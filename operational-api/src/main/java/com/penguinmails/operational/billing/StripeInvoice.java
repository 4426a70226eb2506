package com.penguinmails.operational.billing;

import java.time.Instant;
import java.util.Optional;

/**
 * A Stripe invoice as billing mirrors it. Amounts are in the currency's minor units, as Stripe sends them.
 *
 * @param customerId the Stripe customer; null when read back from billing's mirror, which keys invoices by organisation
 * @param subscriptionId the subscription it bills, if any
 * @param number the invoice number, empty while it is a draft
 * @param status draft, open, paid, uncollectible or void
 */
public record StripeInvoice(
        String id,
        String customerId,
        Optional<String> subscriptionId,
        Optional<String> number,
        String status,
        String currency,
        long total,
        long amountDue,
        long amountPaid,
        long amountRemaining,
        long attemptCount,
        Optional<String> hostedInvoiceUrl,
        Optional<String> invoicePdf,
        Optional<Instant> periodStart,
        Optional<Instant> periodEnd,
        Instant created) {
}
