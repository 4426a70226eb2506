package com.penguinmails.ingestion.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.DataSizeUnit;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code inbound.smtp} configuration section: the SMTP listener that accepts bounces, complaints and replies sent
 * to VERP addresses of the configured bounce domains. Builds a {@link BounceSmtpListener}.
 */
public class SmtpListenerFactory {

    private boolean enabled = false;

    @NotBlank
    private String bindHost = "127.0.0.1";

    @Min(0)
    @Max(65535)
    private int port = 2525;

    @NotBlank
    private String hostName = "localhost";

    @NotNull
    private List<@NotBlank String> bounceDomains = new ArrayList<>();

    @NotNull
    @MinDataSize(1)
    @MaxDataSize(value = 100, unit = DataSizeUnit.MEBIBYTES)
    private DataSize maxMessageSize = DataSize.mebibytes(10);

    @Min(1)
    @Max(10_000)
    private int maxConnections = 100;

    @Min(1)
    @Max(1000)
    private int maxRecipients = 50;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration connectionTimeout = Duration.seconds(60);

    /** Whether the listener runs at all. */
    @JsonProperty
    public boolean isEnabled() {
        return enabled;
    }

    @JsonProperty
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The interface address to listen on. */
    @JsonProperty
    public String getBindHost() {
        return bindHost;
    }

    @JsonProperty
    public void setBindHost(String bindHost) {
        this.bindHost = bindHost;
    }

    /** The TCP port; 0 picks a free one (see {@link BounceSmtpListener#port()}). */
    @JsonProperty
    public int getPort() {
        return port;
    }

    @JsonProperty
    public void setPort(int port) {
        this.port = port;
    }

    /** The name the listener greets with (220) and answers EHLO with: the public name of the bounce MX. */
    @JsonProperty
    public String getHostName() {
        return hostName;
    }

    @JsonProperty
    public void setHostName(String hostName) {
        this.hostName = hostName;
    }

    /** Domains whose VERP addresses are accepted at RCPT TO, e.g. {@code bounces.penguinmails.io}. */
    @JsonProperty
    public List<String> getBounceDomains() {
        return bounceDomains;
    }

    @JsonProperty
    public void setBounceDomains(List<String> bounceDomains) {
        this.bounceDomains = bounceDomains;
    }

    /** Largest message accepted (announced with SIZE; 552 above it). */
    @JsonProperty
    public DataSize getMaxMessageSize() {
        return maxMessageSize;
    }

    @JsonProperty
    public void setMaxMessageSize(DataSize maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    /** Most SMTP sessions at once; more wait to be accepted. */
    @JsonProperty
    public int getMaxConnections() {
        return maxConnections;
    }

    @JsonProperty
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    /** Most recipients of one mail transaction. */
    @JsonProperty
    public int getMaxRecipients() {
        return maxRecipients;
    }

    @JsonProperty
    public void setMaxRecipients(int maxRecipients) {
        this.maxRecipients = maxRecipients;
    }

    /** How long a session may stay silent before it is closed. */
    @JsonProperty
    public Duration getConnectionTimeout() {
        return connectionTimeout;
    }

    @JsonProperty
    public void setConnectionTimeout(Duration connectionTimeout) {
        this.connectionTimeout = connectionTimeout;
    }

    /** The listener these settings describe, recording through {@code recorder}; start it with the application. */
    public BounceSmtpListener build(InboundMailRecorder recorder, VerpAddresses verp) {
        return new BounceSmtpListener(this, recorder, verp);
    }
}
