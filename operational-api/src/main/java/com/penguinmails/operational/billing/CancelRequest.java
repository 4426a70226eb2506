package com.penguinmails.operational.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /v1/billing/subscription/cancel}.
 *
 * @param atPeriodEnd true to keep the subscription until the end of the paid period, false to end it now
 * @param reason why, as Stripe's cancellation feedback
 * @param comment free text, optional
 */
public record CancelRequest(
        @JsonProperty("at_period_end") @NotNull Boolean atPeriodEnd,
        @JsonProperty("reason") @NotNull CancellationReason reason,
        @JsonProperty("comment") @Size(max = 5000) String comment) {
}
