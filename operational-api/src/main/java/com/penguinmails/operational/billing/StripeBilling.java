package com.penguinmails.operational.billing;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Invoice;
import com.stripe.model.InvoiceLineItem;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceCreatePreviewParams;
import com.stripe.param.InvoicePayParams;
import com.stripe.param.SubscriptionCancelParams;
import com.stripe.param.SubscriptionCreateParams;
import com.stripe.param.SubscriptionUpdateParams;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Stripe calls billing makes, through stripe-java, each write with the idempotency key the caller derived from its
 * request ({@link IdempotencyKeys}). Failures that remain after stripe-java's own retries are thrown as
 * {@link BillingProviderException}.
 */
public final class StripeBilling {

    private final StripeClient stripe;

    public StripeBilling(StripeClient stripe) {
        this.stripe = stripe;
    }

    /**
     * Creates the organisation's customer.
     *
     * @param paymentMethod a payment method collected by the front end ({@code pm_...}) made the customer's default for
     *     invoices, or empty
     * @return the customer id
     */
    public String createCustomer(String tenantId, String email, Optional<String> paymentMethod, String idempotencyKey) {
        CustomerCreateParams.Builder params = CustomerCreateParams.builder().setEmail(email)
                .putMetadata("tenant_id", tenantId);
        paymentMethod.ifPresent(method -> params.setPaymentMethod(method).setInvoiceSettings(
                CustomerCreateParams.InvoiceSettings.builder().setDefaultPaymentMethod(method).build()));
        return call(() -> stripe.v1().customers().create(params.build(), key(idempotencyKey))).getId();
    }

    /** Subscribes the customer to {@code plan}: its base price (quantity 1) and its metered overage price. */
    public StripeSubscriptionState createSubscription(String tenantId, String customerId, Plan plan,
            String idempotencyKey) {
        SubscriptionCreateParams params = SubscriptionCreateParams.builder()
                .setCustomer(customerId)
                .addItem(SubscriptionCreateParams.Item.builder().setPrice(plan.stripeBasePriceId()).setQuantity(1L)
                        .build())
                .addItem(SubscriptionCreateParams.Item.builder().setPrice(plan.stripeOveragePriceId()).build())
                .putMetadata("tenant_id", tenantId)
                .putMetadata("plan", plan.code())
                .build();
        return state(call(() -> stripe.v1().subscriptions().create(params, key(idempotencyKey))), plan);
    }

    /** Stripe's preview of the invoice a change from {@code current} to {@code target} at {@code prorationDate} makes. */
    public ProrationPreview previewChange(StoredSubscription current, Plan target, ProrationBehavior behavior,
            Instant prorationDate) {
        InvoiceCreatePreviewParams.SubscriptionDetails.Builder details = InvoiceCreatePreviewParams.SubscriptionDetails
                .builder()
                .addItem(InvoiceCreatePreviewParams.SubscriptionDetails.Item.builder().setId(current.baseItemId())
                        .setPrice(target.stripeBasePriceId()).setQuantity(1L).build())
                .setProrationBehavior(InvoiceCreatePreviewParams.SubscriptionDetails.ProrationBehavior.valueOf(
                        behavior.name()))
                .setProrationDate(prorationDate.getEpochSecond());
        current.overageItemId().ifPresent(item -> details.addItem(InvoiceCreatePreviewParams.SubscriptionDetails.Item
                .builder().setId(item).setPrice(target.stripeOveragePriceId()).build()));
        InvoiceCreatePreviewParams params = InvoiceCreatePreviewParams.builder()
                .setCustomer(current.stripeCustomerId())
                .setSubscription(current.stripeSubscriptionId())
                .setSubscriptionDetails(details.build())
                .build();
        Invoice preview = call(() -> stripe.v1().invoices().createPreview(params));
        String currency = preview.getCurrency();
        List<InvoiceLineItem> lines = preview.getLines() == null ? List.of() : preview.getLines().getData();
        long prorations = lines.stream().filter(StripeBilling::isProration).mapToLong(line -> amount(line.getAmount()))
                .sum();
        return new ProrationPreview(current.planCode(), target.code(), behavior.wireName(), prorationDate, currency,
                decimal(prorations, currency), decimal(amount(preview.getTotal()), currency),
                decimal(amount(preview.getAmountDue()), currency),
                lines.stream().map(line -> new ProrationPreview.Line(line.getDescription(),
                        decimal(amount(line.getAmount()), currency), isProration(line))).toList());
    }

    /** Moves the subscription's base and overage items to {@code target}'s prices. */
    public StripeSubscriptionState changePlan(StoredSubscription current, Plan target, ProrationBehavior behavior,
            String idempotencyKey) {
        SubscriptionUpdateParams.Builder params = SubscriptionUpdateParams.builder()
                .addItem(SubscriptionUpdateParams.Item.builder().setId(current.baseItemId())
                        .setPrice(target.stripeBasePriceId()).setQuantity(1L).build())
                .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.valueOf(behavior.name()))
                .putMetadata("plan", target.code());
        current.overageItemId().ifPresent(item -> params.addItem(SubscriptionUpdateParams.Item.builder().setId(item)
                .setPrice(target.stripeOveragePriceId()).build()));
        return state(call(() -> stripe.v1().subscriptions().update(current.stripeSubscriptionId(), params.build(),
                key(idempotencyKey))), target);
    }

    /** Sets the subscription to end at the end of the current period, with the organisation's reason. */
    public StripeSubscriptionState cancelAtPeriodEnd(String subscriptionId, Plan plan, CancellationReason reason,
            Optional<String> comment, String idempotencyKey) {
        SubscriptionUpdateParams.CancellationDetails.Builder details = SubscriptionUpdateParams.CancellationDetails
                .builder().setFeedback(SubscriptionUpdateParams.CancellationDetails.Feedback.valueOf(reason.name()));
        comment.ifPresent(details::setComment);
        SubscriptionUpdateParams params = SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(true)
                .setCancellationDetails(details.build()).build();
        return state(call(() -> stripe.v1().subscriptions().update(subscriptionId, params, key(idempotencyKey))),
                plan);
    }

    /** Cancels the subscription now, with the organisation's reason. */
    public StripeSubscriptionState cancelNow(String subscriptionId, Plan plan, CancellationReason reason,
            Optional<String> comment, String idempotencyKey) {
        SubscriptionCancelParams.CancellationDetails.Builder details = SubscriptionCancelParams.CancellationDetails
                .builder().setFeedback(SubscriptionCancelParams.CancellationDetails.Feedback.valueOf(reason.name()));
        comment.ifPresent(details::setComment);
        SubscriptionCancelParams params = SubscriptionCancelParams.builder().setCancellationDetails(details.build())
                .build();
        return state(call(() -> stripe.v1().subscriptions().cancel(subscriptionId, params, key(idempotencyKey))),
                plan);
    }

    /** Attempts to collect an open invoice now with the customer's default payment method. */
    public StripeInvoice payInvoice(String invoiceId, String idempotencyKey) {
        return invoice(call(() -> stripe.v1().invoices().pay(invoiceId, InvoicePayParams.builder().build(),
                key(idempotencyKey))));
    }

    /** The invoice as Stripe has it now. */
    public StripeInvoice retrieveInvoice(String invoiceId) {
        return invoice(call(() -> stripe.v1().invoices().retrieve(invoiceId)));
    }

    /** Billing's view of a Stripe invoice object (from an API answer or a webhook event). */
    public static StripeInvoice invoice(Invoice invoice) {
        Optional<String> subscription = Optional.ofNullable(invoice.getParent())
                .map(Invoice.Parent::getSubscriptionDetails)
                .map(Invoice.Parent.SubscriptionDetails::getSubscription);
        return new StripeInvoice(invoice.getId(), invoice.getCustomer(), subscription,
                Optional.ofNullable(invoice.getNumber()), invoice.getStatus(), invoice.getCurrency(),
                amount(invoice.getTotal()), amount(invoice.getAmountDue()), amount(invoice.getAmountPaid()),
                amount(invoice.getAmountRemaining()), amount(invoice.getAttemptCount()),
                Optional.ofNullable(invoice.getHostedInvoiceUrl()), Optional.ofNullable(invoice.getInvoicePdf()),
                Optional.ofNullable(invoice.getPeriodStart()).map(Instant::ofEpochSecond),
                Optional.ofNullable(invoice.getPeriodEnd()).map(Instant::ofEpochSecond),
                Instant.ofEpochSecond(invoice.getCreated() == null ? 0 : invoice.getCreated()));
    }

    /**
     * Billing's view of a Stripe subscription object; the base item is the one priced at {@code plan}'s base price
     * (or, when the plan is not known, the first item with a quantity), the overage item the other one.
     */
    public static StripeSubscriptionState state(Subscription subscription, Plan plan) {
        List<SubscriptionItem> items = subscription.getItems() == null ? List.of() : subscription.getItems().getData();
        SubscriptionItem base = items.stream()
                .filter(item -> plan == null ? item.getQuantity() != null
                        : item.getPrice() != null && plan.stripeBasePriceId().equals(item.getPrice().getId()))
                .findFirst()
                .orElseGet(() -> items.isEmpty() ? null : items.get(0));
        if (base == null) {
            throw new IllegalStateException("Stripe subscription " + subscription.getId() + " has no items");
        }
        Optional<String> overage = items.stream().filter(item -> item != base).map(SubscriptionItem::getId)
                .findFirst();
        return new StripeSubscriptionState(subscription.getId(), subscription.getCustomer(), subscription.getStatus(),
                base.getId(), overage, Instant.ofEpochSecond(base.getCurrentPeriodStart()),
                Instant.ofEpochSecond(base.getCurrentPeriodEnd()),
                Boolean.TRUE.equals(subscription.getCancelAtPeriodEnd()),
                Optional.ofNullable(subscription.getCanceledAt()).map(Instant::ofEpochSecond));
    }

    private static boolean isProration(InvoiceLineItem line) {
        return line.getParent() != null && line.getParent().getSubscriptionItemDetails() != null
                && Boolean.TRUE.equals(line.getParent().getSubscriptionItemDetails().getProration());
    }

    private static long amount(Long value) {
        return value == null ? 0 : value;
    }

    private static String decimal(long minor, String currency) {
        return MinorUnits.toDecimal(minor, currency).toPlainString();
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private static <T> T call(StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw BillingProviderException.from(e);
        }
    }

    @FunctionalInterface
    private interface StripeCall<T> {
        T run() throws StripeException;
    }
}
