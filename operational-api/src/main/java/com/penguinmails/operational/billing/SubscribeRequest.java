package com.penguinmails.operational.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /v1/billing/subscription}.
 *
 * @param plan the plan code
 * @param email where Stripe sends invoices and receipts
 * @param paymentMethod a payment method the front end collected with Stripe ({@code pm_...}), made the customer's
 *     default; null when the customer already has one
 */
public record SubscribeRequest(
        @JsonProperty("plan") @NotBlank String plan,
        @JsonProperty("email") @NotBlank @Email @Size(max = 320) String email,
        @JsonProperty("payment_method") @Pattern(regexp = "pm_[A-Za-z0-9_]{1,200}") String paymentMethod) {
}
