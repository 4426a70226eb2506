package com.penguinmails.operational.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code billing} configuration section: Stripe, the plan catalogue, and the failed-payment grace period after
 * which sending is suspended. See BILLING.md.
 */
public class BillingFactory {

    @Valid
    @NotNull
    private StripeFactory stripe = new StripeFactory();

    @Valid
    @NotNull
    private List<Plan> plans = new ArrayList<>();

    @NotNull
    private Duration gracePeriod = Duration.days(7);

    @NotNull
    private Duration graceCheckInterval = Duration.minutes(1);

    @JsonProperty
    public StripeFactory getStripe() {
        return stripe;
    }

    @JsonProperty
    public void setStripe(StripeFactory stripe) {
        this.stripe = stripe;
    }

    @JsonProperty
    public List<Plan> getPlans() {
        return plans;
    }

    @JsonProperty
    public void setPlans(List<Plan> plans) {
        this.plans = plans;
    }

    @JsonProperty
    public Duration getGracePeriod() {
        return gracePeriod;
    }

    @JsonProperty
    public void setGracePeriod(Duration gracePeriod) {
        this.gracePeriod = gracePeriod;
    }

    @JsonProperty
    public Duration getGraceCheckInterval() {
        return graceCheckInterval;
    }

    @JsonProperty
    public void setGraceCheckInterval(Duration graceCheckInterval) {
        this.graceCheckInterval = graceCheckInterval;
    }

    /** The plan catalogue. */
    public Plans buildPlans() {
        return new Plans(plans);
    }
}
