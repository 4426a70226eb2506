package com.penguinmails.operational.infrastructure;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.operational.infrastructure.hostwinds.HostwindsFactory;
import com.penguinmails.operational.infrastructure.mailu.MailuFactory;
import com.penguinmails.operational.notifications.RetryScheduleFactory;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code infrastructure} configuration section (INFRASTRUCTURE.md): the price of each server plan, the
 * provisioning worker (on or off, how often it polls, its lease and backoff), and the Hostwinds and Mailu clients.
 */
public class InfrastructureFactory {

    @Valid
    @NotNull
    private Map<String, ServerPlan> plans = new LinkedHashMap<>();

    private boolean provisioningWorker = true;

    @NotNull
    private Duration pollInterval = Duration.seconds(15);

    @NotNull
    private Duration lease = Duration.minutes(2);

    @Min(1)
    private int batchSize = 10;

    @Valid
    @NotNull
    private RetryScheduleFactory backoff = defaultBackoff();

    @Valid
    @NotNull
    private RetryScheduleFactory requestRetry = defaultRequestRetry();

    @Valid
    @NotNull
    private HostwindsFactory hostwinds = new HostwindsFactory();

    @Valid
    @NotNull
    private MailuFactory mailu = new MailuFactory();

    private static RetryScheduleFactory defaultBackoff() {
        RetryScheduleFactory backoff = new RetryScheduleFactory();
        backoff.setInitialDelay(Duration.seconds(10));
        backoff.setMaxDelay(Duration.minutes(10));
        backoff.setMaxAttempts(12);
        return backoff;
    }

    private static RetryScheduleFactory defaultRequestRetry() {
        RetryScheduleFactory retry = new RetryScheduleFactory();
        retry.setInitialDelay(Duration.milliseconds(200));
        retry.setMaxDelay(Duration.seconds(2));
        retry.setMaxAttempts(4);
        return retry;
    }

    /**
     * The waits between attempts of provider calls made while a request waits (Mailu, reverse DNS) when the provider
     * is unavailable; short, since a person is waiting.
     */
    @JsonProperty
    public RetryScheduleFactory getRequestRetry() {
        return requestRetry;
    }

    @JsonProperty
    public void setRequestRetry(RetryScheduleFactory requestRetry) {
        this.requestRetry = requestRetry;
    }

    @JsonProperty
    public Map<String, ServerPlan> getPlans() {
        return plans;
    }

    @JsonProperty
    public void setPlans(Map<String, ServerPlan> plans) {
        this.plans = plans;
    }

    /** Whether this instance runs the provisioning worker (every instance may: they share work safely). */
    @JsonProperty
    public boolean isProvisioningWorker() {
        return provisioningWorker;
    }

    @JsonProperty
    public void setProvisioningWorker(boolean provisioningWorker) {
        this.provisioningWorker = provisioningWorker;
    }

    /** How soon a server being built is polled again, and how long the worker idles when nothing is due. */
    @JsonProperty
    public Duration getPollInterval() {
        return pollInterval;
    }

    @JsonProperty
    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    /** How long a claimed server is left to one worker instance: longer than a step's provider calls. */
    @JsonProperty
    public Duration getLease() {
        return lease;
    }

    @JsonProperty
    public void setLease(Duration lease) {
        this.lease = lease;
    }

    @JsonProperty
    public int getBatchSize() {
        return batchSize;
    }

    @JsonProperty
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    /** The waits after failed provider steps and how many attempts a step gets before the server fails. */
    @JsonProperty
    public RetryScheduleFactory getBackoff() {
        return backoff;
    }

    @JsonProperty
    public void setBackoff(RetryScheduleFactory backoff) {
        this.backoff = backoff;
    }

    @JsonProperty
    public HostwindsFactory getHostwinds() {
        return hostwinds;
    }

    @JsonProperty
    public void setHostwinds(HostwindsFactory hostwinds) {
        this.hostwinds = hostwinds;
    }

    @JsonProperty
    public MailuFactory getMailu() {
        return mailu;
    }

    @JsonProperty
    public void setMailu(MailuFactory mailu) {
        this.mailu = mailu;
    }
}
