package com.penguinmails.operational.billing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A mirrored invoice on the wire: amounts as decimal strings in {@code currency}, the hosted page and the PDF link
 * Stripe serves, the period billed. Absent values are null.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoiceView(
        String invoiceId,
        String number,
        String status,
        String currency,
        String total,
        String amountDue,
        String amountPaid,
        String amountRemaining,
        long attemptCount,
        String hostedInvoiceUrl,
        String invoicePdf,
        Instant periodStart,
        Instant periodEnd,
        Instant created) {

    /** The view of a mirrored invoice. */
    public static InvoiceView of(StripeInvoice i) {
        return new InvoiceView(i.id(), i.number().orElse(null), i.status(), i.currency(),
                amount(i.total(), i.currency()), amount(i.amountDue(), i.currency()),
                amount(i.amountPaid(), i.currency()), amount(i.amountRemaining(), i.currency()), i.attemptCount(),
                i.hostedInvoiceUrl().orElse(null), i.invoicePdf().orElse(null), i.periodStart().orElse(null),
                i.periodEnd().orElse(null), i.created());
    }

    private static String amount(long minor, String currency) {
        return MinorUnits.toDecimal(minor, currency).toPlainString();
    }
}
