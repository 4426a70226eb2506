package com.penguinmails.operational.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.stripe.StripeClient;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code billing.stripe} configuration section: the secret API key, where the API is (Stripe, or a local fake in
 * tests), the webhook endpoint's signing secret, and how stripe-java retries.
 */
public class StripeFactory {

    @NotBlank
    private String apiKey = "sk_test_unset";

    @NotBlank
    private String apiBase = "https://api.stripe.com";

    @NotBlank
    private String webhookSecret = "whsec_unset";

    @NotNull
    private Duration webhookTolerance = Duration.minutes(5);

    @Min(0)
    @Max(10)
    private int maxNetworkRetries = 2;

    @NotNull
    private Duration connectTimeout = Duration.seconds(10);

    @NotNull
    private Duration readTimeout = Duration.seconds(30);

    @JsonProperty
    public String getApiKey() {
        return apiKey;
    }

    @JsonProperty
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    @JsonProperty
    public String getApiBase() {
        return apiBase;
    }

    @JsonProperty
    public void setApiBase(String apiBase) {
        this.apiBase = apiBase;
    }

    @JsonProperty
    public String getWebhookSecret() {
        return webhookSecret;
    }

    @JsonProperty
    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    @JsonProperty
    public Duration getWebhookTolerance() {
        return webhookTolerance;
    }

    @JsonProperty
    public void setWebhookTolerance(Duration webhookTolerance) {
        this.webhookTolerance = webhookTolerance;
    }

    @JsonProperty
    public int getMaxNetworkRetries() {
        return maxNetworkRetries;
    }

    @JsonProperty
    public void setMaxNetworkRetries(int maxNetworkRetries) {
        this.maxNetworkRetries = maxNetworkRetries;
    }

    @JsonProperty
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    @JsonProperty
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    @JsonProperty
    public Duration getReadTimeout() {
        return readTimeout;
    }

    @JsonProperty
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /**
     * The Stripe client: every request retried by stripe-java up to {@code maxNetworkRetries} times (connection
     * failures, timeouts, 409, 5xx and {@code Stripe-Should-Retry: true}) with exponential backoff and jitter, always
     * with the request's idempotency key.
     */
    public StripeClient build() {
        return StripeClient.builder()
                .setApiKey(apiKey)
                .setApiBase(apiBase)
                .setMaxNetworkRetries(maxNetworkRetries)
                .setConnectTimeout((int) connectTimeout.toMilliseconds())
                .setReadTimeout((int) readTimeout.toMilliseconds())
                .build();
    }
}
