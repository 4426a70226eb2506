package com.penguinmails.operational.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * The body of {@code POST /v1/billing/subscription/preview} and {@code POST /v1/billing/subscription/change}.
 *
 * @param plan the plan to move to
 * @param prorationBehavior how the rest of the period is prorated; default {@code create_prorations}
 */
public record ChangePlanRequest(
        @JsonProperty("plan") @NotBlank String plan,
        @JsonProperty("proration_behavior") ProrationBehavior prorationBehavior) {

    /** The proration behaviour asked for, or Stripe's default. */
    public ProrationBehavior behavior() {
        return prorationBehavior == null ? ProrationBehavior.CREATE_PRORATIONS : prorationBehavior;
    }
}
