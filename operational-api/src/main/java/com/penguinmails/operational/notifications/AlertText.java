package com.penguinmails.operational.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Renders an alert notification (the envelope of {@link NotificationEnvelope} around an alert record) as an email
 * subject, an email body and an SMS text. Pure.
 */
public final class AlertText {

    private static final int SMS_LENGTH = 300;

    private final JsonNode alert;
    private final boolean resolved;
    private final boolean pause;

    /** @param envelope the notification's JSON envelope */
    public AlertText(JsonNode envelope) {
        this.alert = envelope.path("data");
        this.resolved = "resolved".equals(alert.path("state").asText());
        this.pause = "auto_pause".equals(alert.path("rule_id").asText());
    }

    /** E.g. {@code [PenguinMails] FIRING: Bounces on send.acme.io (bounce_rate 8.10% above 5.00%)}. */
    public String subject() {
        return "[PenguinMails] " + (resolved ? "RESOLVED" : "FIRING") + ": " + title() + " (" + condition() + ")";
    }

    /** The email body: what, where, the numbers and when. */
    public String emailBody() {
        StringBuilder text = new StringBuilder();
        text.append(pause ? "A sender is recommended for a pause: " : "Alert ").append(title())
                .append(resolved ? " resolved." : " is firing.").append("\n\n");
        text.append("Condition: ").append(condition()).append('\n');
        text.append("Scope: ").append(scope()).append('\n');
        text.append("Window: ").append(alert.path("window").asText()).append(", volume ")
                .append(alert.path("volume").asLong()).append('\n');
        text.append("Fired at: ").append(alert.path("fired_at").asText()).append('\n');
        if (resolved) {
            text.append("Resolved at: ").append(alert.path("resolved_at").asText()).append('\n');
        }
        String detail = alert.path("detail").asText("");
        if (!detail.isEmpty()) {
            text.append("Detail: ").append(detail).append('\n');
        }
        text.append("Organisation: ").append(alert.path("tenant_id").asText()).append('\n');
        text.append("Alert id: ").append(alert.path("alert_id").asText()).append('\n');
        return text.toString();
    }

    /** A short text for SMS. */
    public String smsText() {
        String text = "PenguinMails " + (resolved ? "RESOLVED" : "FIRING") + ": " + title() + " - " + condition();
        return text.length() <= SMS_LENGTH ? text : text.substring(0, SMS_LENGTH - 3) + "...";
    }

    private String title() {
        String name = alert.path("rule_name").asText(alert.path("rule_id").asText());
        return pause ? "pause " + scope() : name;
    }

    private String scope() {
        return alert.path("scope_kind").asText() + " " + alert.path("scope_value").asText();
    }

    private String condition() {
        String metric = alert.path("metric").asText();
        if (pause) {
            return "health score " + number(alert.path("value").asDouble());
        }
        boolean rate = metric.endsWith("_rate") || metric.endsWith("_human");
        return metric + " " + (rate ? percent(alert.path("value").asDouble()) : number(alert.path("value").asDouble()))
                + " " + alert.path("comparison").asText("above") + " "
                + (rate ? percent(alert.path("threshold").asDouble()) : number(alert.path("threshold").asDouble()));
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }
}
