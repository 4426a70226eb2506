package com.penguinmails.operational.billing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The organisation's subscription on the wire: plan terms (amounts as decimal strings in {@code currency}), Stripe
 * status and period, cancellation, and the failed-payment recovery state. Absent times are null.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionView(
        String subscriptionId,
        String plan,
        String status,
        String monthlyPrice,
        long includedEmails,
        String overagePricePerThousand,
        String currency,
        Instant currentPeriodStart,
        Instant currentPeriodEnd,
        boolean cancelAtPeriodEnd,
        Instant canceledAt,
        String cancellationReason,
        String cancellationComment,
        Instant pastDueSince,
        Instant graceEndsAt,
        boolean sendingSuspended,
        Instant suspendedAt) {

    /** The view of a stored subscription. */
    public static SubscriptionView of(StoredSubscription s) {
        return new SubscriptionView(s.stripeSubscriptionId(), s.planCode(), s.status(),
                MinorUnits.display(s.monthlyPrice(), s.currency()), s.includedEmails(),
                MinorUnits.display(s.overagePricePerThousand(), s.currency()), s.currency(), s.periodStart(),
                s.periodEnd(), s.cancelAtPeriodEnd(), s.canceledAt().orElse(null),
                s.cancellationReason().orElse(null), s.cancellationComment().orElse(null),
                s.pastDueSince().orElse(null), s.graceEndsAt().orElse(null), s.suspendedAt().isPresent(),
                s.suspendedAt().orElse(null));
    }
}
