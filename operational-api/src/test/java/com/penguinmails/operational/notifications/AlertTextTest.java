package com.penguinmails.operational.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertTextTest {

    private static final String FIRING = """
            {"alert_id": "r-1/sending_domain:send.acme.io/2026-11-25T10:06:00Z", "rule_id": "r-1",
             "rule_name": "Bounces", "tenant_id": "t-acme", "state": "firing", "metric": "bounce_rate",
             "scope_kind": "sending_domain", "scope_value": "send.acme.io", "comparison": "above", "value": 0.081,
             "threshold": 0.05, "volume": 640, "window": "PT1H", "fired_at": "2026-11-25T10:06:00Z",
             "resolved_at": null, "detail": ""}""";

    private static AlertText text(String alert) throws Exception {
        return new AlertText(NotificationEnvelope.read(NotificationEnvelope.json("dl-1", "alert.fired",
                Instant.parse("2026-11-25T10:06:01Z"), "t-acme", new ObjectMapper().readTree(alert))));
    }

    @Test
    void rendersAFiringRateAlert() throws Exception {
        AlertText text = text(FIRING);

        assertThat(text.subject()).isEqualTo("[PenguinMails] FIRING: Bounces (bounce_rate 8.10% above 5.00%)");
        assertThat(text.emailBody()).contains("Alert Bounces is firing.", "Scope: sending_domain send.acme.io",
                "Window: PT1H, volume 640", "Fired at: 2026-11-25T10:06:00Z").doesNotContain("Resolved at");
        assertThat(text.smsText()).isEqualTo("PenguinMails FIRING: Bounces - bounce_rate 8.10% above 5.00%");
    }

    @Test
    void rendersAResolvedCountAlert() throws Exception {
        AlertText text = text(FIRING.replace("\"firing\"", "\"resolved\"").replace("bounce_rate", "volume_sent")
                .replace("0.081", "12").replace("0.05", "1000")
                .replace("\"resolved_at\": null", "\"resolved_at\": \"2026-11-25T10:41:00Z\""));

        assertThat(text.subject()).isEqualTo("[PenguinMails] RESOLVED: Bounces (volume_sent 12 above 1000)");
        assertThat(text.emailBody()).contains("resolved.", "Resolved at: 2026-11-25T10:41:00Z");
    }
}
