package com.penguinmails.operational.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.operational.notifications.RetryScheduleFactory;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code access:} configuration section: internal service tokens, session lifetimes, sign-in lockout, the sign-up
 * rate limit, invitation lifetime and the sending of invitation emails. Every value has a default suitable for
 * production.
 */
public class AccessFactory {

    @Valid
    @NotNull
    private List<ServiceToken> serviceTokens = new ArrayList<>();

    @NotNull
    private Duration sessionIdleTimeout = Duration.hours(12);

    @NotNull
    private Duration sessionAbsoluteTimeout = Duration.days(7);

    @Min(1)
    private int lockoutThreshold = 5;

    @NotNull
    private Duration lockoutBase = Duration.minutes(15);

    @NotNull
    private Duration lockoutMaximum = Duration.hours(24);

    @Min(1)
    private int signUpBurst = 5;

    @Min(1)
    private int signUpsPerHour = 20;

    @NotNull
    private Duration invitationLifetime = Duration.days(7);

    @NotNull
    private Duration invitationEmailInterval = Duration.seconds(5);

    @Valid
    @NotNull
    private RetryScheduleFactory invitationEmailRetry = new RetryScheduleFactory();

    private String invitationAcceptPage;

    /** Internal services and the SHA-256 (hex) of their tokens; they hold only {@link Permission#INTERNAL_READ}. */
    @JsonProperty
    public List<ServiceToken> getServiceTokens() {
        return serviceTokens;
    }

    @JsonProperty
    public void setServiceTokens(List<ServiceToken> serviceTokens) {
        this.serviceTokens = serviceTokens;
    }

    /** A session unused for this long ends (default 12 hours). */
    @JsonProperty
    public Duration getSessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    @JsonProperty
    public void setSessionIdleTimeout(Duration sessionIdleTimeout) {
        this.sessionIdleTimeout = sessionIdleTimeout;
    }

    /** A session ends this long after sign-in however much it is used (default 7 days). */
    @JsonProperty
    public Duration getSessionAbsoluteTimeout() {
        return sessionAbsoluteTimeout;
    }

    @JsonProperty
    public void setSessionAbsoluteTimeout(Duration sessionAbsoluteTimeout) {
        this.sessionAbsoluteTimeout = sessionAbsoluteTimeout;
    }

    /** Consecutive failed sign-ins that lock an account (default 5). */
    @JsonProperty
    public int getLockoutThreshold() {
        return lockoutThreshold;
    }

    @JsonProperty
    public void setLockoutThreshold(int lockoutThreshold) {
        this.lockoutThreshold = lockoutThreshold;
    }

    /** How long the first lockout lasts; each further one doubles it (default 15 minutes). */
    @JsonProperty
    public Duration getLockoutBase() {
        return lockoutBase;
    }

    @JsonProperty
    public void setLockoutBase(Duration lockoutBase) {
        this.lockoutBase = lockoutBase;
    }

    /** The longest a lockout lasts (default 24 hours). */
    @JsonProperty
    public Duration getLockoutMaximum() {
        return lockoutMaximum;
    }

    @JsonProperty
    public void setLockoutMaximum(Duration lockoutMaximum) {
        this.lockoutMaximum = lockoutMaximum;
    }

    /** Sign-ups one source address may make at once before the hourly rate applies (default 5). */
    @JsonProperty
    public int getSignUpBurst() {
        return signUpBurst;
    }

    @JsonProperty
    public void setSignUpBurst(int signUpBurst) {
        this.signUpBurst = signUpBurst;
    }

    /** Sustained sign-ups per hour per source address (default 20). */
    @JsonProperty
    public int getSignUpsPerHour() {
        return signUpsPerHour;
    }

    @JsonProperty
    public void setSignUpsPerHour(int signUpsPerHour) {
        this.signUpsPerHour = signUpsPerHour;
    }

    /** How long an invitation can be accepted (default 7 days). */
    @JsonProperty
    public Duration getInvitationLifetime() {
        return invitationLifetime;
    }

    @JsonProperty
    public void setInvitationLifetime(Duration invitationLifetime) {
        this.invitationLifetime = invitationLifetime;
    }

    /** How often queued invitation emails are looked for when SMTP is configured (default 5 seconds). */
    @JsonProperty
    public Duration getInvitationEmailInterval() {
        return invitationEmailInterval;
    }

    @JsonProperty
    public void setInvitationEmailInterval(Duration invitationEmailInterval) {
        this.invitationEmailInterval = invitationEmailInterval;
    }

    /** When a failed invitation email is tried again (default 30 s doubling to 1 hour, 31 attempts, about a day). */
    @JsonProperty
    public RetryScheduleFactory getInvitationEmailRetry() {
        return invitationEmailRetry;
    }

    @JsonProperty
    public void setInvitationEmailRetry(RetryScheduleFactory invitationEmailRetry) {
        this.invitationEmailRetry = invitationEmailRetry;
    }

    /**
     * The web app's page that accepts an invitation, linked from invitation emails with the token in the fragment
     * ({@code <page>#token=pmi_...}); null (the default) leaves the link out.
     */
    @JsonProperty
    public String getInvitationAcceptPage() {
        return invitationAcceptPage;
    }

    @JsonProperty
    public void setInvitationAcceptPage(String invitationAcceptPage) {
        this.invitationAcceptPage = invitationAcceptPage;
    }

    /** The service callers configured here. */
    public ServiceCallers buildServiceCallers() {
        return new ServiceCallers(serviceTokens);
    }
}
