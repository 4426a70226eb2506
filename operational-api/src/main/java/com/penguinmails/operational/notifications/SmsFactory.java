package com.penguinmails.operational.notifications;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.http.HttpClient;

/**
 * The SMS provider ({@code notifications.sms}): Twilio's Messages API at {@code baseUrl}. Without an
 * {@code accountSid} no SMS is sent: deliveries to SMS channels are parked with "sms notifications are not
 * configured". The auth token comes from the environment ({@code ${SMS_AUTH_TOKEN}}) and is never logged.
 */
public class SmsFactory {

    @NotBlank
    private String baseUrl = "https://api.twilio.com";

    private String accountSid;

    private String authToken;

    private String from;

    @NotNull
    private Duration timeout = Duration.seconds(10);

    @JsonProperty
    public String getBaseUrl() {
        return baseUrl;
    }

    @JsonProperty
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @JsonProperty
    public String getAccountSid() {
        return accountSid;
    }

    @JsonProperty
    public void setAccountSid(String accountSid) {
        this.accountSid = accountSid;
    }

    /** Write-only, so the token never appears when the configuration is serialised. */
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public void setAuthToken(String authToken) {
        this.authToken = authToken;
    }

    @JsonProperty
    public String getFrom() {
        return from;
    }

    @JsonProperty
    public void setFrom(String from) {
        this.from = from;
    }

    @JsonProperty
    public Duration getTimeout() {
        return timeout;
    }

    @JsonProperty
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** Whether a provider account is configured. */
    public boolean isConfigured() {
        return accountSid != null && !accountSid.isBlank();
    }

    /** The provider; call only when {@link #isConfigured()}. */
    public SmsProvider build(HttpClient http) {
        return new TwilioSmsProvider(baseUrl, accountSid, authToken == null ? "" : authToken, from, http,
                timeout.toJavaDuration());
    }

    @Override
    public String toString() {
        return "SmsFactory{baseUrl=" + baseUrl + ", accountSid=" + accountSid + ", authToken="
                + (authToken == null ? "unset" : "***") + ", from=" + from + "}";
    }
}
