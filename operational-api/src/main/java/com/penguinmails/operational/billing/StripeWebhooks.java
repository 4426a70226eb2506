package com.penguinmails.operational.billing;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.audit.AuditTrail;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.Invoice;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Receives Stripe's webhook events: verifies the {@code Stripe-Signature} header (HMAC-SHA256 with the endpoint's
 * secret, timestamp within the tolerance of our clock), then processes each event id once, in one transaction with the
 * record that it was processed: invoices are mirrored; a failed payment makes the subscription past due, a paid
 * invoice reinstates it; subscription updates and deletions are copied. A failure rolls the record back, so Stripe's
 * redelivery processes the event again.
 */
public final class StripeWebhooks {

    private static final Set<String> FINAL_INVOICE_STATUSES = Set.of("paid", "void", "uncollectible");

    private final Jdbi jdbi;
    private final BillingDao dao;
    private final PaymentRecovery recovery;
    private final Plans plans;
    private final AuditTrail audit;
    private final StripeEventVerifier verifier;
    private final Clock clock;

    public StripeWebhooks(Jdbi jdbi, BillingDao dao, PaymentRecovery recovery, Plans plans, AuditTrail audit,
            StripeEventVerifier verifier, Clock clock) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.recovery = recovery;
        this.plans = plans;
        this.audit = audit;
        this.verifier = verifier;
        this.clock = clock;
    }

    /**
     * Verifies and processes one delivery.
     *
     * @throws BadRequestException for a missing, tampered, wrongly keyed or stale signature, or a body that is not an
     *     event
     * @throws ServiceUnavailableException for an update of a subscription billing is still storing (Stripe redelivers)
     */
    public WebhookOutcome receive(String payload, String signatureHeader) {
        Event event = verifier.verify(payload, signatureHeader);
        return jdbi.inTransaction(handle -> {
            if (!dao.markEventProcessed(handle, event.getId(), event.getType(), clock.instant())) {
                return WebhookOutcome.REPLAYED;
            }
            return switch (event.getType()) {
                case "invoice.created", "invoice.finalized", "invoice.updated", "invoice.paid",
                        "invoice.payment_succeeded", "invoice.payment_failed", "invoice.voided",
                        "invoice.marked_uncollectible" -> invoice(handle, event, (Invoice) object(event));
                case "customer.subscription.created", "customer.subscription.updated",
                        "customer.subscription.deleted" -> subscription(handle, (Subscription) object(event));
                default -> WebhookOutcome.IGNORED;
            };
        });
    }

    private WebhookOutcome invoice(Handle handle, Event event, Invoice object) {
        StripeInvoice invoice = StripeBilling.invoice(object);
        Optional<String> tenantId = Optional.ofNullable(invoice.customerId())
                .flatMap(customer -> dao.tenantOfCustomer(handle, customer));
        if (tenantId.isEmpty()) {
            return WebhookOutcome.IGNORED;
        }
        Optional<StoredInvoice> known = dao.invoice(handle, invoice.id());
        boolean stale = known.isPresent() && FINAL_INVOICE_STATUSES.contains(known.get().invoice().status())
                && !FINAL_INVOICE_STATUSES.contains(invoice.status());
        if (!stale) {
            dao.upsertInvoice(handle, tenantId.get(), invoice, clock.instant());
        }
        Caller caller = BillingActors.acting(tenantId.get(), BillingActors.STRIPE_WEBHOOK);
        Optional<StoredSubscription> subscription = invoice.subscriptionId()
                .flatMap(id -> dao.byIdForUpdate(handle, id));
        switch (event.getType()) {
            case "invoice.payment_failed" -> {
                if (!stale) {
                    subscription.ifPresent(stored -> recovery.paymentFailed(handle, caller, stored));
                }
            }
            case "invoice.paid", "invoice.payment_succeeded" ->
                    subscription.ifPresent(stored -> recovery.paymentSucceeded(handle, caller, stored));
            default -> {
                // Mirrored only.
            }
        }
        return WebhookOutcome.PROCESSED;
    }

    private WebhookOutcome subscription(Handle handle, Subscription object) {
        Optional<StoredSubscription> stored = dao.byIdForUpdate(handle, object.getId());
        if (stored.isEmpty()) {
            if (object.getCustomer() != null && dao.tenantOfCustomer(handle, object.getCustomer()).isPresent()) {
                // The subscribe request that made it has not stored it yet: let Stripe deliver again.
                throw new ServiceUnavailableException("subscription " + object.getId() + " is not stored yet", 30L);
            }
            return WebhookOutcome.IGNORED;
        }
        StoredSubscription before = stored.get();
        Optional<Plan> plan = object.getItems() == null ? Optional.empty() : object.getItems().getData().stream()
                .filter(item -> item.getPrice() != null)
                .map(item -> plans.findByBasePrice(item.getPrice().getId()))
                .flatMap(Optional::stream).findFirst();
        StripeSubscriptionState state = StripeBilling.state(object,
                plan.or(() -> plans.find(before.planCode())).orElse(null));
        StoredSubscription after = before.withStripeState(state, clock.instant());
        if (plan.isPresent() && !plan.get().code().equals(before.planCode())) {
            after = after.withPlan(plan.get(), clock.instant());
        }
        if (object.getCancellationDetails() != null && object.getCancellationDetails().getFeedback() != null
                && before.cancellationReason().isEmpty()) {
            after = after.withCancellation(CancellationReason.fromWire(object.getCancellationDetails().getFeedback()),
                    Optional.ofNullable(object.getCancellationDetails().getComment()), clock.instant());
        }
        Caller caller = BillingActors.acting(before.tenantId(), BillingActors.STRIPE_WEBHOOK);
        dao.updateSubscription(handle, after);
        audit.record(handle, caller, "billing.subscription_sync", "subscription", after.stripeSubscriptionId(),
                SubscriptionView.of(before), SubscriptionView.of(after));
        if ("past_due".equals(after.status()) || "unpaid".equals(after.status())) {
            recovery.paymentFailed(handle, caller, after);
        } else if ("active".equals(after.status()) || "trialing".equals(after.status())) {
            recovery.paymentSucceeded(handle, caller, after);
        }
        return WebhookOutcome.PROCESSED;
    }

    private static StripeObject object(Event event) {
        EventDataObjectDeserializer data = event.getDataObjectDeserializer();
        try {
            // Events of another API version than stripe-java's are read leniently rather than dropped.
            return data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            throw new BadRequestException("the event's object cannot be read: " + e.getMessage());
        }
    }
}
