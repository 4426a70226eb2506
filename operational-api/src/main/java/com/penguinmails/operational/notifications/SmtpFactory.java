package com.penguinmails.operational.notifications;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;

/**
 * The SMTP server email notifications go through ({@code notifications.smtp}). Without a {@code host} no email is
 * sent: deliveries to email channels are parked with "email notifications are not configured". The password comes
 * from the environment ({@code ${SMTP_PASSWORD}}) and is never logged.
 */
public class SmtpFactory {

    private String host;

    @Min(1)
    @Max(65535)
    private int port = 587;

    private String from = "PenguinMails <alerts@localhost>";

    private String username;

    private String password;

    private boolean startTls = true;

    @NotNull
    private Duration timeout = Duration.seconds(10);

    @JsonProperty
    public String getHost() {
        return host;
    }

    @JsonProperty
    public void setHost(String host) {
        this.host = host;
    }

    @JsonProperty
    public int getPort() {
        return port;
    }

    @JsonProperty
    public void setPort(int port) {
        this.port = port;
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
    public String getUsername() {
        return username;
    }

    @JsonProperty
    public void setUsername(String username) {
        this.username = username;
    }

    /** Write-only, so the password never appears when the configuration is serialised. */
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public void setPassword(String password) {
        this.password = password;
    }

    @JsonProperty("starttls")
    public boolean isStartTls() {
        return startTls;
    }

    @JsonProperty("starttls")
    public void setStartTls(boolean startTls) {
        this.startTls = startTls;
    }

    @JsonProperty
    public Duration getTimeout() {
        return timeout;
    }

    @JsonProperty
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** Whether a server is configured. */
    public boolean isConfigured() {
        return host != null && !host.isBlank();
    }

    /** The sender; call only when {@link #isConfigured()}. */
    public EmailSender build(Clock clock) {
        String user = username == null || username.isBlank() ? null : username;
        return new SmtpEmailSender(host, port, from, user, password, startTls, timeout.toJavaDuration(), clock);
    }

    @Override
    public String toString() {
        return "SmtpFactory{host=" + host + ", port=" + port + ", from=" + from + ", username=" + username
                + ", password=" + (password == null ? "unset" : "***") + ", starttls=" + startTls + "}";
    }
}
