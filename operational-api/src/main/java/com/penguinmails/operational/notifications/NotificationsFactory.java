package com.penguinmails.operational.notifications;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.events.Topics;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * Configuration of alert rules, webhooks and notifications ({@code notifications} in the service's YAML); documented
 * in operational-api/NOTIFICATIONS.md.
 */
public class NotificationsFactory {

    @NotBlank
    private String rulesTopic = Topics.CONTROL_ALERT_RULES;

    @NotBlank
    private String alertsTopic = Topics.ALERTS;

    @NotBlank
    private String eventsTopic = Topics.EVENTS_RAW;

    private boolean consumeAlerts = true;

    private boolean consumeEvents = true;

    @NotNull
    private Duration pollInterval = Duration.seconds(1);

    @Min(1)
    @Max(1000)
    private int batchSize = 50;

    @Min(1)
    @Max(64)
    private int senderThreads = 4;

    @NotNull
    private Duration deliveryTimeout = Duration.seconds(10);

    @NotNull
    private Duration lease = Duration.minutes(2);

    @Valid
    @NotNull
    private RetryScheduleFactory retry = new RetryScheduleFactory();

    @NotNull
    private List<String> allowedWebhookHosts = new ArrayList<>();

    @Valid
    @NotNull
    private SmtpFactory smtp = new SmtpFactory();

    @Valid
    @NotNull
    private SmsFactory sms = new SmsFactory();

    /** Where rule changes are published (compacted). */
    @JsonProperty
    public String getRulesTopic() {
        return rulesTopic;
    }

    @JsonProperty
    public void setRulesTopic(String rulesTopic) {
        this.rulesTopic = rulesTopic;
    }

    /** The stream job's fired and resolved alerts. */
    @JsonProperty
    public String getAlertsTopic() {
        return alertsTopic;
    }

    @JsonProperty
    public void setAlertsTopic(String alertsTopic) {
        this.alertsTopic = alertsTopic;
    }

    /** The events webhooks subscribe to. */
    @JsonProperty
    public String getEventsTopic() {
        return eventsTopic;
    }

    @JsonProperty
    public void setEventsTopic(String eventsTopic) {
        this.eventsTopic = eventsTopic;
    }

    /** Whether this instance consumes alerts (consumer group {@code operational-notifier}). */
    @JsonProperty
    public boolean isConsumeAlerts() {
        return consumeAlerts;
    }

    @JsonProperty
    public void setConsumeAlerts(boolean consumeAlerts) {
        this.consumeAlerts = consumeAlerts;
    }

    /** Whether this instance fans events out to webhooks (consumer group {@code operational-webhooks}). */
    @JsonProperty
    public boolean isConsumeEvents() {
        return consumeEvents;
    }

    @JsonProperty
    public void setConsumeEvents(boolean consumeEvents) {
        this.consumeEvents = consumeEvents;
    }

    /** How often the rule publisher and the delivery worker look for work when idle. */
    @JsonProperty
    public Duration getPollInterval() {
        return pollInterval;
    }

    @JsonProperty
    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    /** Deliveries claimed per round. */
    @JsonProperty
    public int getBatchSize() {
        return batchSize;
    }

    @JsonProperty
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    /** Deliveries attempted in parallel. */
    @JsonProperty
    public int getSenderThreads() {
        return senderThreads;
    }

    @JsonProperty
    public void setSenderThreads(int senderThreads) {
        this.senderThreads = senderThreads;
    }

    /** How long a webhook receiver has to answer with a 2xx. */
    @JsonProperty
    public Duration getDeliveryTimeout() {
        return deliveryTimeout;
    }

    @JsonProperty
    public void setDeliveryTimeout(Duration deliveryTimeout) {
        this.deliveryTimeout = deliveryTimeout;
    }

    /** How long a claimed delivery stays hidden from other instances; longer than any attempt. */
    @JsonProperty
    public Duration getLease() {
        return lease;
    }

    @JsonProperty
    public void setLease(Duration lease) {
        this.lease = lease;
    }

    @JsonProperty
    public RetryScheduleFactory getRetry() {
        return retry;
    }

    @JsonProperty
    public void setRetry(RetryScheduleFactory retry) {
        this.retry = retry;
    }

    /** Hosts webhooks may reach over http:// and on non-public addresses (tests, the local demo); empty in production. */
    @JsonProperty
    public List<String> getAllowedWebhookHosts() {
        return allowedWebhookHosts;
    }

    @JsonProperty
    public void setAllowedWebhookHosts(List<String> allowedWebhookHosts) {
        this.allowedWebhookHosts = allowedWebhookHosts;
    }

    @JsonProperty
    public SmtpFactory getSmtp() {
        return smtp;
    }

    @JsonProperty
    public void setSmtp(SmtpFactory smtp) {
        this.smtp = smtp;
    }

    @JsonProperty
    public SmsFactory getSms() {
        return sms;
    }

    @JsonProperty
    public void setSms(SmsFactory sms) {
        this.sms = sms;
    }
}
