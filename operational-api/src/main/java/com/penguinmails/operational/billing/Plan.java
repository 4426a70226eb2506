package com.penguinmails.operational.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * A plan of the catalogue (the {@code billing.plans} configuration list): its monthly price, the emails it includes per
 * billing period and the price of each further thousand, and the two Stripe prices a subscription to it is made of (a
 * licensed monthly price and a metered overage price). Amounts are decimal, in {@code currency}; never floating point.
 *
 * @param code the plan's stable id, e.g. {@code growth}
 * @param name the name shown to people
 * @param currency ISO 4217 code in lower case, as Stripe writes it
 * @param monthlyPrice the base price per monthly period
 * @param includedEmails emails sent per period included in the base price
 * @param overagePricePerThousand the price of each thousand emails beyond {@code includedEmails}
 * @param stripeBasePriceId the Stripe price ({@code price_...}) of the base fee, licensed, quantity 1
 * @param stripeOveragePriceId the Stripe price of the overage, metered (usage reported by the usage part)
 */
public record Plan(
        @JsonProperty("code") @NotBlank @Pattern(regexp = "[a-z0-9_-]{1,40}") String code,
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("currency") @NotNull @Pattern(regexp = "[a-z]{3}") String currency,
        @JsonProperty("monthlyPrice") @NotNull @DecimalMin("0") BigDecimal monthlyPrice,
        @JsonProperty("includedEmails") @Min(0) long includedEmails,
        @JsonProperty("overagePricePerThousand") @NotNull @DecimalMin("0") BigDecimal overagePricePerThousand,
        @JsonProperty("stripeBasePriceId") @NotBlank String stripeBasePriceId,
        @JsonProperty("stripeOveragePriceId") @NotBlank String stripeOveragePriceId) {
}
