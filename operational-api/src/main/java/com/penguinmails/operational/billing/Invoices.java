package com.penguinmails.operational.billing;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.audit.AuditTrail;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The organisation's invoices as mirrored from Stripe, and the retry of an unpaid one: the payment attempt is made
 * with an idempotency key per attempt Stripe counted, so a repeated request never charges twice; a success ends the
 * past-due state at once (the webhook that follows is then a no-op).
 */
public final class Invoices {

    private final Jdbi jdbi;
    private final BillingDao dao;
    private final StripeBilling stripe;
    private final PaymentRecovery recovery;
    private final AuditTrail audit;
    private final Clock clock;

    public Invoices(Jdbi jdbi, BillingDao dao, StripeBilling stripe, PaymentRecovery recovery, AuditTrail audit,
            Clock clock) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.stripe = stripe;
        this.recovery = recovery;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisation's invoices, newest first, at most {@code limit}. */
    public List<InvoiceView> list(Caller caller, int limit) {
        return jdbi.withHandle(handle -> dao.invoices(handle, caller.tenantId(), limit)).stream()
                .map(stored -> InvoiceView.of(stored.invoice())).toList();
    }

    /**
     * Tries to collect an open invoice now. 404 for an invoice of another organisation, 409 when it is not open, 402
     * when the payment is declined (the mirror is refreshed from Stripe first, so the next retry is a new attempt).
     */
    public InvoiceView pay(Caller caller, String invoiceId) {
        StripeInvoice before = jdbi.withHandle(handle -> dao.invoice(handle, invoiceId))
                .filter(stored -> stored.tenantId().equals(caller.tenantId()))
                .orElseThrow(() -> new NotFoundException("no such invoice")).invoice();
        if (!"open".equals(before.status())) {
            throw new ClientErrorException("the invoice is " + before.status() + ", not open", 409);
        }
        StripeInvoice paid;
        try {
            paid = stripe.payInvoice(invoiceId, IdempotencyKeys.payment(invoiceId, before.attemptCount()));
        } catch (BillingProviderException e) {
            if (e.getResponse().getStatus() == 402) {
                StripeInvoice declined = stripe.retrieveInvoice(invoiceId);
                jdbi.useTransaction(handle -> dao.upsertInvoice(handle, caller.tenantId(), declined,
                        clock.instant()));
            }
            throw e;
        }
        return jdbi.inTransaction(handle -> {
            dao.upsertInvoice(handle, caller.tenantId(), paid, clock.instant());
            audit.record(handle, caller, "billing.invoice_pay", "invoice", invoiceId, InvoiceView.of(before),
                    InvoiceView.of(paid));
            if ("paid".equals(paid.status())) {
                paid.subscriptionId().flatMap(id -> dao.byIdForUpdate(handle, id))
                        .ifPresent(subscription -> recovery.paymentSucceeded(handle, caller, subscription));
            }
            return InvoiceView.of(paid);
        });
    }
}
