package com.penguinmails.operational.usage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.operational.notifications.RetryScheduleFactory;
import com.stripe.StripeClient;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** {@code usage}: usage metering reported to Stripe, and budget checks (USAGE.md). */
public class UsageFactory {

    private boolean reporting = true;

    @NotEmpty
    private String meterEventName = "emails_sent";

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration reportInterval = Duration.minutes(5);

    @NotNull
    private Duration finalReportDelay = Duration.hours(1);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration budgetInterval = Duration.minutes(1);

    @Valid
    @NotNull
    private RetryScheduleFactory stripeRetry = defaultStripeRetry();

    private static RetryScheduleFactory defaultStripeRetry() {
        RetryScheduleFactory retry = new RetryScheduleFactory();
        retry.setInitialDelay(Duration.milliseconds(500));
        retry.setMaxDelay(Duration.seconds(8));
        retry.setMaxAttempts(4);
        retry.setJitter(0);
        return retry;
    }

    /** Whether usage is reported to Stripe (default true; the Stripe connection is {@code billing.stripe}). */
    @JsonProperty
    public boolean isReporting() {
        return reporting;
    }

    @JsonProperty
    public void setReporting(boolean reporting) {
        this.reporting = reporting;
    }

    /** The event name of the Stripe meter counting emails (default {@code emails_sent}). */
    @JsonProperty
    public String getMeterEventName() {
        return meterEventName;
    }

    @JsonProperty
    public void setMeterEventName(String meterEventName) {
        this.meterEventName = meterEventName;
    }

    /** How often usage is reported (default 5 minutes). */
    @JsonProperty
    public Duration getReportInterval() {
        return reportInterval;
    }

    @JsonProperty
    public void setReportInterval(Duration reportInterval) {
        this.reportInterval = reportInterval;
    }

    /** How long after a period's end its final report waits for late events (default 1 hour). */
    @JsonProperty
    public Duration getFinalReportDelay() {
        return finalReportDelay;
    }

    @JsonProperty
    public void setFinalReportDelay(Duration finalReportDelay) {
        this.finalReportDelay = finalReportDelay;
    }

    /** How often budgets are checked (default 1 minute). */
    @JsonProperty
    public Duration getBudgetInterval() {
        return budgetInterval;
    }

    @JsonProperty
    public void setBudgetInterval(Duration budgetInterval) {
        this.budgetInterval = budgetInterval;
    }

    /**
     * The attempts per meter event within one round and the waits between them (default 4 attempts, 500 ms doubling
     * up to 8 s, no jitter).
     */
    @JsonProperty
    public RetryScheduleFactory getStripeRetry() {
        return stripeRetry;
    }

    @JsonProperty
    public void setStripeRetry(RetryScheduleFactory stripeRetry) {
        this.stripeRetry = stripeRetry;
    }

    /**
     * The meter event client over {@code client} (the billing feature's Stripe connection: key, base, timeouts);
     * {@link StripeMeterEvents} adds its own rounds of retries with backoff on top of stripe-java's.
     */
    public StripeMeterEvents buildMeterEvents(StripeClient client) {
        return new StripeMeterEvents(client, stripeRetry.build(),
                wait -> Thread.sleep(wait.toMillis()));
    }
}
