package com.penguinmails.operational.billing;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * An organisation's subscription: creation without a checkout page (Stripe customer, then subscription), the proration
 * preview of a plan change, the change itself, and cancellation at period end or now with a reason. Stripe is called
 * outside any database transaction, with an idempotency key derived from the request ({@link IdempotencyKeys}); what
 * Stripe answered is then stored and audited in one transaction, so a retry after any failure converges on exactly one
 * Stripe object and one stored row.
 */
public final class Subscriptions {

    private final Jdbi jdbi;
    private final BillingDao dao;
    private final StripeBilling stripe;
    private final Plans plans;
    private final AuditTrail audit;
    private final Clock clock;

    public Subscriptions(Jdbi jdbi, BillingDao dao, StripeBilling stripe, Plans plans, AuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.stripe = stripe;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Subscribes the caller's organisation to a plan; 422 for an unknown plan, 409 when it already has a live
     * subscription to another plan. Asking again for the plan it has answers with that subscription.
     */
    public SubscriptionView subscribe(Caller caller, SubscribeRequest request) {
        Plan plan = plan(request.plan());
        String tenantId = caller.tenantId();
        Optional<StoredSubscription> live = jdbi.withHandle(handle -> dao.liveForUpdate(handle, tenantId));
        if (live.isPresent()) {
            if (live.get().planCode().equals(plan.code())) {
                // A repeat of a subscribe that already succeeded: answer with it, ask Stripe nothing.
                return SubscriptionView.of(live.get());
            }
            throw new ClientErrorException("the organisation already has a subscription: change its plan instead",
                    409);
        }
        long ordinal = jdbi.withHandle(handle -> dao.subscriptionCount(handle, tenantId)) + 1;
        String customerId = jdbi.withHandle(handle -> dao.customerId(handle, tenantId)).orElseGet(() -> {
            String created = stripe.createCustomer(tenantId, request.email(),
                    Optional.ofNullable(request.paymentMethod()), IdempotencyKeys.customer(tenantId));
            return jdbi.inTransaction(handle -> {
                dao.insertCustomer(handle, tenantId, created, request.email(), clock.instant());
                String stored = dao.customerId(handle, tenantId).orElseThrow();
                audit.record(handle, caller, "billing.customer_create", "stripe_customer", stored, null,
                        Map.of("stripe_customer_id", stored, "email", request.email()));
                return stored;
            });
        });
        StripeSubscriptionState state = stripe.createSubscription(tenantId, customerId, plan,
                IdempotencyKeys.subscription(tenantId, ordinal));
        return jdbi.inTransaction(handle -> {
            StoredSubscription created = StoredSubscription.created(tenantId, plan, state, clock.instant());
            if (dao.insertSubscription(handle, created)) {
                SubscriptionView view = SubscriptionView.of(created);
                audit.record(handle, caller, "billing.subscribe", "subscription", created.stripeSubscriptionId(), null,
                        view);
                return view;
            }
            return SubscriptionView.of(dao.byIdForUpdate(handle, state.id()).orElseThrow());
        });
    }

    /** The organisation's live subscription, else its most recent one; empty when it never subscribed. */
    public Optional<SubscriptionView> current(Caller caller) {
        return jdbi.withHandle(handle -> dao.latest(handle, caller.tenantId())).map(SubscriptionView::of);
    }

    /** What moving to another plan now would cost, from Stripe's invoice preview; nothing changes. */
    public ProrationPreview preview(Caller caller, ChangePlanRequest request) {
        StoredSubscription current = live(caller);
        Plan target = target(current, request.plan());
        return stripe.previewChange(current, target, request.behavior(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** Moves the subscription to another plan with the requested proration. */
    public SubscriptionView changePlan(Caller caller, ChangePlanRequest request) {
        StoredSubscription current = live(caller);
        Plan target = target(current, request.plan());
        StripeSubscriptionState state = stripe.changePlan(current, target, request.behavior(),
                IdempotencyKeys.planChange(current.stripeSubscriptionId(), current.planChanges() + 1L));
        return jdbi.inTransaction(handle -> {
            StoredSubscription before = dao.byIdForUpdate(handle, current.stripeSubscriptionId()).orElseThrow();
            if (before.planChanges() != current.planChanges()) {
                // The same change, retried concurrently, was stored by the other request.
                return SubscriptionView.of(before);
            }
            StoredSubscription after = before.withStripeState(state, clock.instant()).withPlan(target,
                    clock.instant());
            dao.updateSubscription(handle, after);
            SubscriptionView view = SubscriptionView.of(after);
            audit.record(handle, caller, "billing.change_plan", "subscription", after.stripeSubscriptionId(),
                    SubscriptionView.of(before), view);
            return view;
        });
    }

    /** Cancels the subscription at the end of the period or now, keeping the reason and comment. */
    public SubscriptionView cancel(Caller caller, CancelRequest request) {
        StoredSubscription current = live(caller);
        Plan plan = plans.find(current.planCode()).orElse(null);
        Optional<String> comment = Optional.ofNullable(request.comment()).filter(text -> !text.isBlank());
        boolean atPeriodEnd = request.atPeriodEnd();
        String key = IdempotencyKeys.cancellation(current.stripeSubscriptionId(), atPeriodEnd);
        StripeSubscriptionState state = atPeriodEnd
                ? stripe.cancelAtPeriodEnd(current.stripeSubscriptionId(), plan, request.reason(), comment, key)
                : stripe.cancelNow(current.stripeSubscriptionId(), plan, request.reason(), comment, key);
        return jdbi.inTransaction(handle -> {
            StoredSubscription before = dao.byIdForUpdate(handle, current.stripeSubscriptionId()).orElseThrow();
            Instant now = clock.instant();
            StoredSubscription after = before.withStripeState(state, now).withCancellation(request.reason(), comment,
                    now);
            dao.updateSubscription(handle, after);
            SubscriptionView view = SubscriptionView.of(after);
            audit.record(handle, caller, atPeriodEnd ? "billing.cancel_at_period_end" : "billing.cancel_now",
                    "subscription", after.stripeSubscriptionId(), SubscriptionView.of(before), view);
            return view;
        });
    }

    private StoredSubscription live(Caller caller) {
        return jdbi.withHandle(handle -> dao.liveForUpdate(handle, caller.tenantId()))
                .orElseThrow(() -> new NotFoundException("the organisation has no subscription"));
    }

    private Plan plan(String code) {
        return plans.find(code).orElseThrow(() -> new UnprocessableEntityException("plan is not a plan of the "
                + "catalogue: " + code));
    }

    private Plan target(StoredSubscription current, String code) {
        Plan target = plan(code);
        if (target.code().equals(current.planCode())) {
            throw new UnprocessableEntityException("plan is already the subscription's plan");
        }
        if (!target.currency().equals(current.currency())) {
            throw new UnprocessableEntityException("plan is billed in " + target.currency() + ", the subscription in "
                    + current.currency());
        }
        return target;
    }
}
