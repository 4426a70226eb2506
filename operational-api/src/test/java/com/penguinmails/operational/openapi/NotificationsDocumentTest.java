package com.penguinmails.operational.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.alerts.AlertRule;
import com.penguinmails.operational.alerts.AlertRuleRequest;
import com.penguinmails.operational.alerts.RuleScope;
import com.penguinmails.operational.notifications.Delivery;
import com.penguinmails.operational.notifications.NotificationChannel;
import com.penguinmails.operational.notifications.NotificationChannelRequest;
import com.penguinmails.operational.webhooks.WebhookEndpoint;
import com.penguinmails.operational.webhooks.WebhookRequest;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the OpenAPI document of alert rules, notification channels and webhooks in step with their JSON. */
class NotificationsDocumentTest {

    private static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = OperationalApiApplication.class.getResourceAsStream(
                OperationalApiApplication.OPENAPI_DOCUMENT)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void describesEveryEndpoint() {
        Map<String, List<String>> operations = Map.of(
                "/v1/alert-rules", List.of("get", "post"),
                "/v1/alert-rules/{id}", List.of("get", "put", "delete"),
                "/v1/notification-channels", List.of("get", "post"),
                "/v1/notification-channels/{id}", List.of("get", "put", "delete"),
                "/v1/webhooks", List.of("get", "post"),
                "/v1/webhooks/{id}", List.of("get", "put", "delete"),
                "/v1/webhooks/{id}/deliveries", List.of("get"),
                "/v1/webhooks/{id}/test", List.of("post"),
                "/v1/webhooks/{id}/deliveries/{deliveryId}/retry", List.of("post"));
        operations.forEach((path, methods) -> methods.forEach(method -> assertThat(
                document.at("/paths/" + path.replace("/", "~1") + "/" + method).isMissingNode())
                .as(method + " " + path).isFalse()));
    }

    @Test
    void describesEveryFieldOfEveryBodyAndNoOther() {
        RuleScope scope = new RuleScope("sending_domain", "send.acme.io");
        AlertRule rule = new AlertRule("ar-1", "t-1", null, "n", "bounce_rate", scope, "above", 0.05, "PT1H", 0,
                "PT0S", true, List.of("nc-1"), AT, AT);
        NotificationChannel channel = new NotificationChannel("nc-1", "t-1", null, "n", "email", null,
                List.of("a@b.test"), List.of(), false, AT, AT);
        WebhookEndpoint webhook = new WebhookEndpoint("wh-1", "t-1", null, "https://h.test", "", List.of("bounce"),
                true, null, AT, AT, null).withSecret("whsec_x");
        Delivery delivery = new Delivery("dl-1", "t-1", "webhook", "webhook:wh-1", "wh-1", null, List.of(), "bounce",
                "event:e-1", "{}", "pending", 0, AT, null, null, null, AT, null);
        Map<String, Object> bodies = Map.ofEntries(
                Map.entry("RuleScope", scope),
                Map.entry("AlertRuleRequest", new AlertRuleRequest("n", null, "bounce_rate", scope, null, 0.1, "PT1H",
                        null, null, null, List.of())),
                Map.entry("AlertRule", rule),
                Map.entry("AlertRuleList", Map.of("alert_rules", List.of(rule))),
                Map.entry("NotificationChannelRequest", new NotificationChannelRequest("n", null, "sms", null, null,
                        List.of("+14155550123"), true)),
                Map.entry("NotificationChannel", channel),
                Map.entry("NotificationChannelList", Map.of("notification_channels", List.of(channel))),
                Map.entry("WebhookRequest", new WebhookRequest("https://h.test", null, List.of("bounce"), null, null)),
                Map.entry("Webhook", webhook),
                Map.entry("WebhookList", Map.of("webhooks", List.of(webhook))),
                Map.entry("Delivery", delivery),
                Map.entry("DeliveryList", Map.of("deliveries", List.of(delivery))));
        bodies.forEach((schema, body) -> assertThat(names(document.at("/components/schemas/" + schema + "/properties")))
                .as(schema)
                .containsExactlyInAnyOrderElementsOf(names(JSON.valueToTree(body))));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
