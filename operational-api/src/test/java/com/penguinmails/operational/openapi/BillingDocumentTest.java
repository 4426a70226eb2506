package com.penguinmails.operational.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.penguinmails.operational.OperationalApiApplication;
import com.penguinmails.operational.billing.CancelRequest;
import com.penguinmails.operational.billing.CancellationReason;
import com.penguinmails.operational.billing.ChangePlanRequest;
import com.penguinmails.operational.billing.InvoiceView;
import com.penguinmails.operational.billing.PlanView;
import com.penguinmails.operational.billing.ProrationBehavior;
import com.penguinmails.operational.billing.ProrationPreview;
import com.penguinmails.operational.billing.SubscribeRequest;
import com.penguinmails.operational.billing.SubscriptionView;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the OpenAPI document of billing in step with its endpoints and JSON. */
class BillingDocumentTest {

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
                "/v1/billing/plans", List.of("get"),
                "/v1/billing/subscription", List.of("get", "post"),
                "/v1/billing/subscription/preview", List.of("post"),
                "/v1/billing/subscription/change", List.of("post"),
                "/v1/billing/subscription/cancel", List.of("post"),
                "/v1/billing/invoices", List.of("get"),
                "/v1/billing/invoices/{invoiceId}/pay", List.of("post"),
                "/v1/billing/stripe/webhook", List.of("post"));
        operations.forEach((path, methods) -> methods.forEach(method -> assertThat(
                document.at("/paths/" + path.replace("/", "~1") + "/" + method).isMissingNode())
                .as(method + " " + path).isFalse()));
        assertThat(document.at("/paths/~1v1~1billing~1stripe~1webhook/post/security").size())
                .as("the webhook takes no bearer token").isZero();
    }

    @Test
    void describesEveryFieldOfEveryBodyAndNoOther() {
        PlanView plan = new PlanView("starter", "Starter", "usd", "29.00", 10_000, "1.50");
        SubscriptionView subscription = new SubscriptionView("sub_1", "starter", "active", "29.00", 10_000, "1.50",
                "usd", AT, AT, false, null, null, null, null, null, false, null);
        ProrationPreview.Line line = new ProrationPreview.Line("Remaining time on growth", "69.00", true);
        ProrationPreview preview = new ProrationPreview("starter", "growth", "create_prorations", AT, "usd", "69.00",
                "168.00", "168.00", List.of(line));
        InvoiceView invoice = new InvoiceView("in_1", "A-1", "paid", "usd", "29.00", "29.00", "29.00", "0.00", 1,
                "https://invoice.stripe.com/i/1", "https://pay.stripe.com/invoice/1/pdf", AT, AT, AT);
        Map<String, Object> bodies = Map.ofEntries(
                Map.entry("BillingPlan", plan),
                Map.entry("BillingPlanList", Map.of("plans", List.of(plan))),
                Map.entry("BillingSubscribeRequest", new SubscribeRequest("starter", "a@b.test", "pm_1")),
                Map.entry("BillingPlanChangeRequest", new ChangePlanRequest("growth",
                        ProrationBehavior.ALWAYS_INVOICE)),
                Map.entry("BillingCancelRequest", new CancelRequest(true, CancellationReason.UNUSED, "c")),
                Map.entry("BillingSubscription", subscription),
                Map.entry("BillingProrationLine", line),
                Map.entry("BillingProrationPreview", preview),
                Map.entry("BillingInvoice", invoice),
                Map.entry("BillingInvoiceList", Map.of("invoices", List.of(invoice))),
                Map.entry("StripeWebhookOutcome", Map.of("outcome", "processed")));
        bodies.forEach((schema, body) -> assertThat(names(document.at("/components/schemas/" + schema + "/properties")))
                .as(schema)
                .containsExactlyInAnyOrderElementsOf(names(JSON.valueToTree(body))));
    }

    @Test
    void listsTheWireNamesOfTheEnums() {
        assertThat(document.at("/components/schemas/BillingCancelRequest/properties/reason/enum"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(List.of(CancellationReason.values()).stream()
                        .map(CancellationReason::wireName).toList());
        assertThat(document.at("/components/schemas/BillingPlanChangeRequest/properties/proration_behavior/enum"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(List.of(ProrationBehavior.values()).stream()
                        .map(ProrationBehavior::wireName).toList());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
