package com.penguinmails.operational.billing;

import java.time.Instant;
import java.util.Optional;

/**
 * A Stripe subscription as Stripe last described it, in the terms billing stores.
 *
 * @param overageItemId the metered item, empty when the subscription has none
 * @param canceledAt when it was canceled, if it was
 */
public record StripeSubscriptionState(
        String id,
        String customerId,
        String status,
        String baseItemId,
        Optional<String> overageItemId,
        Instant periodStart,
        Instant periodEnd,
        boolean cancelAtPeriodEnd,
        Optional<Instant> canceledAt) {
}
