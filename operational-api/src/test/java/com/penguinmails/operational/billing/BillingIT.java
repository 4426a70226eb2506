package com.penguinmails.operational.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.penguinmails.embedded.EmbeddedStack;
import com.penguinmails.embedded.EmbeddedStackExtension;
import com.penguinmails.operational.access.OperationalApi;
import com.penguinmails.operational.audit.PostgresAuditTrail;
import com.penguinmails.operational.sendingholds.PostgresSendingHolds;
import com.penguinmails.operational.webhooks.WebhookSignature;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.ConfigOverride;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stripe billing through the running service against the local Stripe fake: subscribing, plan changes with their
 * proration preview, cancellation, outages and timeouts that must not double-charge, webhooks (signature, replay,
 * invoice mirror), and failed-payment recovery down to the sending hold and back.
 */
@ExtendWith(EmbeddedStackExtension.class)
class BillingIT {

    private static final String WEBHOOK_SECRET = "whsec_test_secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger ORGANISATIONS = new AtomicInteger();

    private static FakeStripe stripe;
    private static OperationalApi api;
    private final HttpClient http = HttpClient.newHttpClient();

    /** A signed-up organisation and its owner's session. */
    private record Organisation(String tenantId, String ownerToken, String ownerEmail) {
    }

    @BeforeAll
    static void start(EmbeddedStack stack) throws Exception {
        stripe = FakeStripe.start();
        api = OperationalApi.start(stack, "billing_it", ConfigOverride.config("billing.stripe.apiBase",
                stripe.apiBase()));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.stop();
        }
        if (stripe != null) {
            stripe.close();
        }
    }

    @Test
    void listsThePlansWithDecimalPrices() {
        Organisation org = organisation();

        JsonNode plans = OperationalApi.json(ok(api.call("GET", "/v1/billing/plans", org.ownerToken(), null)))
                .get("plans");

        assertThat(plans).hasSize(3);
        assertThat(plans.get(0).get("code").asText()).isEqualTo("starter");
        assertThat(plans.get(0).get("monthly_price").isTextual()).isTrue();
        assertThat(plans.get(0).get("monthly_price").asText()).isEqualTo("29.00");
        assertThat(plans.get(0).get("overage_price_per_thousand").asText()).isEqualTo("1.50");
        assertThat(plans.get(0).get("included_emails").asLong()).isEqualTo(10_000);
        assertThat(plans.get(0).get("currency").asText()).isEqualTo("usd");
    }

    @Test
    void theOwnerSubscribesWithoutACheckoutPage() {
        Organisation org = organisation();
        int customersBefore = stripe.customerCount();

        JsonNode subscription = subscribe(org, "starter");

        assertThat(subscription.get("plan").asText()).isEqualTo("starter");
        assertThat(subscription.get("status").asText()).isEqualTo("active");
        assertThat(subscription.get("monthly_price").asText()).isEqualTo("29.00");
        assertThat(subscription.get("included_emails").asLong()).isEqualTo(10_000);
        assertThat(subscription.get("sending_suspended").asBoolean()).isFalse();
        assertThat(Instant.parse(subscription.get("current_period_end").asText()))
                .isAfter(Instant.parse(subscription.get("current_period_start").asText()));
        assertThat(stripe.customerCount()).isEqualTo(customersBefore + 1);
        JsonNode inStripe = stripe.subscription(subscription.get("subscription_id").asText());
        assertThat(inStripe.at("/metadata/tenant_id").asText()).isEqualTo(org.tenantId());
        assertThat(inStripe.at("/items/data")).hasSize(2);
        assertThat(OperationalApi.json(ok(api.call("GET", "/v1/billing/subscription", org.ownerToken(), null)))
                .get("subscription_id")).isEqualTo(subscription.get("subscription_id"));
        assertThat(auditActions(org)).contains("billing.customer_create", "billing.subscribe");

        BillingAccount account = api.jdbi().withHandle(handle -> new PostgresBillingAccounts()
                .find(handle, org.tenantId())).orElseThrow();
        assertThat(account.planCode()).isEqualTo("starter");
        assertThat(account.includedEmails()).isEqualTo(10_000);
        assertThat(account.overagePricePerThousand()).isEqualByComparingTo("1.50");
        assertThat(account.stripeSubscriptionId()).isEqualTo(subscription.get("subscription_id").asText());
        List<BillingAccount> active = api.jdbi().withHandle(handle -> new PostgresBillingAccounts().active(handle));
        assertThat(active).extracting(BillingAccount::tenantId).contains(org.tenantId());
    }

    @Test
    void subscribingAgainToTheSamePlanAnswersTheSameSubscriptionAndAnotherPlanIsAConflict() {
        Organisation org = organisation();
        JsonNode first = subscribe(org, "starter");
        int subscriptions = stripe.subscriptionCount();

        JsonNode again = subscribe(org, "starter");
        HttpResponse<String> other = api.call("POST", "/v1/billing/subscription", org.ownerToken(),
                Map.of("plan", "growth", "email", org.ownerEmail()));

        assertThat(again.get("subscription_id")).isEqualTo(first.get("subscription_id"));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(stripe.subscriptionCount()).isEqualTo(subscriptions);
    }

    @Test
    void onlyTheOwnerManagesBillingAndAdminsRead() {
        Organisation org = organisation();
        String admin = api.newPerson(org.ownerToken(), null, "admin-" + org.ownerEmail(), "admin");
        String member = api.newPerson(org.ownerToken(), null, "member-" + org.ownerEmail(), "member");

        assertThat(api.call("GET", "/v1/billing/plans", admin, null).statusCode()).isEqualTo(200);
        assertThat(api.call("GET", "/v1/billing/invoices", admin, null).statusCode()).isEqualTo(200);
        assertThat(api.call("POST", "/v1/billing/subscription", admin,
                Map.of("plan", "starter", "email", org.ownerEmail())).statusCode()).isEqualTo(403);
        assertThat(api.call("GET", "/v1/billing/plans", member, null).statusCode()).isEqualTo(403);
        assertThat(api.call("GET", "/v1/billing/subscription", member, null).statusCode()).isEqualTo(403);
        assertThat(api.call("GET", "/v1/billing/plans", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void rejectsUnknownPlansAndBadBodies() {
        Organisation org = organisation();

        HttpResponse<String> unknown = api.call("POST", "/v1/billing/subscription", org.ownerToken(),
                Map.of("plan", "platinum", "email", org.ownerEmail()));
        HttpResponse<String> noEmail = api.call("POST", "/v1/billing/subscription", org.ownerToken(),
                Map.of("plan", "starter"));
        HttpResponse<String> badReason = api.call("POST", "/v1/billing/subscription/cancel", org.ownerToken(),
                Map.of("at_period_end", true, "reason", "because"));

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("plan");
        assertThat(noEmail.statusCode()).isEqualTo(422);
        assertThat(badReason.statusCode()).isIn(400, 422);
        assertThat(api.call("POST", "/v1/billing/subscription/change", org.ownerToken(),
                Map.of("plan", "growth")).statusCode()).isEqualTo(404);
    }

    @Test
    void previewsAnUpgradeWithoutChangingAnythingThenUpgrades() {
        Organisation org = organisation();
        String id = subscribe(org, "starter").get("subscription_id").asText();
        int charges = stripe.charges();

        JsonNode preview = OperationalApi.json(ok(api.call("POST", "/v1/billing/subscription/preview",
                org.ownerToken(), Map.of("plan", "growth", "proration_behavior", "always_invoice"))));

        assertThat(preview.get("from_plan").asText()).isEqualTo("starter");
        assertThat(preview.get("to_plan").asText()).isEqualTo("growth");
        assertThat(preview.get("currency").asText()).isEqualTo("usd");
        // Almost the whole period remains: about 99.00 - 29.00 of proration, never more.
        assertThat(new java.math.BigDecimal(preview.get("proration_amount").asText()))
                .isBetween(new java.math.BigDecimal("69.00"), new java.math.BigDecimal("70.00"));
        assertThat(preview.get("lines").findValuesAsText("proration")).containsOnly("true");
        assertThat(preview.get("amount_due").asText()).isEqualTo(preview.get("proration_amount").asText());
        assertThat(stripe.subscription(id).at("/items/data/0/price/id").asText()).isEqualTo("price_starter_base");
        assertThat(stripe.charges()).isEqualTo(charges);

        JsonNode upgraded = OperationalApi.json(ok(api.call("POST", "/v1/billing/subscription/change",
                org.ownerToken(), Map.of("plan", "growth", "proration_behavior", "always_invoice"))));

        assertThat(upgraded.get("plan").asText()).isEqualTo("growth");
        assertThat(upgraded.get("included_emails").asLong()).isEqualTo(50_000);
        assertThat(upgraded.get("monthly_price").asText()).isEqualTo("99.00");
        assertThat(stripe.subscription(id).at("/items/data")).hasSize(2);
        assertThat(priceIds(stripe.subscription(id))).containsExactlyInAnyOrder("price_growth_base",
                "price_growth_overage");
        assertThat(stripe.charges()).as("the proration invoice, charged once").isEqualTo(charges + 1);
        assertThat(auditActions(org)).contains("billing.change_plan");
    }

    @Test
    void downgradesWithProrationsOnTheNextInvoice() {
        Organisation org = organisation();
        String id = subscribe(org, "growth").get("subscription_id").asText();
        int charges = stripe.charges();

        JsonNode preview = OperationalApi.json(ok(api.call("POST", "/v1/billing/subscription/preview",
                org.ownerToken(), Map.of("plan", "starter"))));
        JsonNode downgraded = OperationalApi.json(ok(api.call("POST", "/v1/billing/subscription/change",
                org.ownerToken(), Map.of("plan", "starter", "proration_behavior", "create_prorations"))));

        assertThat(preview.get("proration_behavior").asText()).isEqualTo("create_prorations");
        assertThat(new java.math.BigDecimal(preview.get("proration_amount").asText())).isNegative();
        assertThat(downgraded.get("plan").asText()).isEqualTo("starter");
        assertThat(downgraded.get("included_emails").asLong()).isEqualTo(10_000);
        assertThat(priceIds(stripe.subscription(id))).contains("price_starter_base");
        assertThat(stripe.charges()).as("prorations wait for the next invoice").isEqualTo(charges);
    }

    @Test
    void cancelsAtPeriodEndWithTheReason() {
        Organisation org = organisation();
        String id = subscribe(org, "starter").get("subscription_id").asText();

        JsonNode canceled = OperationalApi.json(ok(api.call("POST", "/v1/billing/subscription/cancel",
                org.ownerToken(), Map.of("at_period_end", true, "reason", "too_expensive",
                        "comment", "we send less in winter"))));

        assertThat(canceled.get("status").asText()).isEqualTo("active");
        assertThat(canceled.get("cancel_at_period_end").asBoolean()).isTrue();
        assertThat(canceled.get("cancellation_reason").asText()).isEqualTo("too_expensive");
        assertThat(canceled.get("cancellation_comment").asText()).isEqualTo("we send less in winter");
        assertThat(stripe.subscription(id).at("/cancellation_details/feedback").asText()).isEqualTo("too_expensive");
        assertThat(stripe.subscription(id).get("cancel_at_period_end").asBoolean()).isTrue();
        assertThat(auditActions(org)).contains("billing.cancel_at_period_end");
    }

    @Test
    void cancelsNowAndMaySubscribeAgainLater() {
        Organisation org = organisation();
        String first = subscribe(org, "starter").get("subscription_id").asText();

        JsonNode canceled = OperationalApi.json(ok(api.call("POST", "/v1/billing/subscription/cancel",
                org.ownerToken(), Map.of("at_period_end", false, "reason", "switched_service"))));

        assertThat(canceled.get("status").asText()).isEqualTo("canceled");
        assertThat(canceled.get("canceled_at").isNull()).isFalse();
        assertThat(canceled.get("cancellation_reason").asText()).isEqualTo("switched_service");
        assertThat(stripe.subscription(first).get("status").asText()).isEqualTo("canceled");
        List<BillingAccount> active = api.jdbi().withHandle(handle -> new PostgresBillingAccounts().active(handle));
        assertThat(active).extracting(BillingAccount::tenantId).doesNotContain(org.tenantId());

        String second = subscribe(org, "growth").get("subscription_id").asText();

        assertThat(second).isNotEqualTo(first);
        assertThat(OperationalApi.json(ok(api.call("GET", "/v1/billing/subscription", org.ownerToken(), null)))
                .get("subscription_id").asText()).isEqualTo(second);
    }

    @Test
    void aStripeOutageDuringSubscribeThenARetryMakesExactlyOneSubscriptionAndOneCharge() {
        Organisation org = organisation();
        // Three 503s: stripe-java's first attempt and its two retries all fail.
        stripe.failNext("POST", "/v1/subscriptions", 3, 503);
        int charges = stripe.charges();

        HttpResponse<String> during = api.call("POST", "/v1/billing/subscription", org.ownerToken(),
                Map.of("plan", "starter", "email", org.ownerEmail()));

        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.headers().firstValue("Retry-After")).isPresent();
        assertThat(during.body()).doesNotContain("sk_test").contains("idempotent");

        JsonNode after = subscribe(org, "starter");

        String customer = customerOf(org);
        assertThat(stripe.invoicesOf(customer)).hasSize(1);
        assertThat(stripe.charges()).isEqualTo(charges + 1);
        assertThat(after.get("status").asText()).isEqualTo("active");
        List<String> keys = stripe.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v1/subscriptions")
                        && customer.equals(r.params().get("customer")))
                .map(r -> r.idempotencyKey().orElseThrow()).distinct().toList();
        assertThat(keys).as("every attempt carried the same key").hasSize(1);
    }

    @Test
    void aTimeoutAfterStripeActedIsRetriedWithTheSameKeyAndNeverChargesTwice() {
        Organisation org = organisation();
        // Stripe makes the subscription and charges, but the answer comes after the client's 2 s read timeout.
        stripe.delayNext("POST", "/v1/subscriptions", 1, Duration.ofSeconds(3));
        int charges = stripe.charges();
        int subscriptions = stripe.subscriptionCount();

        JsonNode subscription = subscribe(org, "starter");

        assertThat(stripe.subscriptionCount()).isEqualTo(subscriptions + 1);
        assertThat(stripe.charges()).isEqualTo(charges + 1);
        assertThat(stripe.invoicesOf(customerOf(org))).hasSize(1);
        long attempts = stripe.requests().stream().filter(r -> r.path().equals("/v1/subscriptions")
                && customerOf(org).equals(r.params().get("customer"))).count();
        assertThat(attempts).as("stripe-java retried after the timeout").isGreaterThanOrEqualTo(2);
        assertThat(subscription.get("status").asText()).isEqualTo("active");
    }

    @Test
    void aRateLimitIsAnsweredRetryLaterAndTheRetryWorks() {
        Organisation org = organisation();
        stripe.failNext("POST", "/v1/customers", 1, 429);

        HttpResponse<String> limited = api.call("POST", "/v1/billing/subscription", org.ownerToken(),
                Map.of("plan", "starter", "email", org.ownerEmail()));
        JsonNode subscription = subscribe(org, "starter");

        assertThat(limited.statusCode()).isEqualTo(503);
        assertThat(subscription.get("status").asText()).isEqualTo("active");
        assertThat(stripe.invoicesOf(customerOf(org))).hasSize(1);
    }

    @Test
    void webhooksAreVerifiedAndEachEventIsProcessedOnce() {
        Organisation org = organisation();
        subscribe(org, "starter");
        JsonNode invoice = stripe.invoicesOf(customerOf(org)).get(0);
        String event = stripe.event("invoice.paid", invoice);
        Instant now = Instant.now();

        assertThat(webhook(event, WebhookSignature.header("whsec_wrong", now, event)).statusCode()).isEqualTo(400);
        assertThat(webhook(event.replace("\"paid\"", "\"void\""), WebhookSignature.header(WEBHOOK_SECRET, now, event))
                .statusCode()).isEqualTo(400);
        assertThat(webhook(event, WebhookSignature.header(WEBHOOK_SECRET, now.minus(10, ChronoUnit.MINUTES), event))
                .statusCode()).isEqualTo(400);
        assertThat(webhook(event, null).statusCode()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM billing_invoices WHERE tenant_id = '" + org.tenantId() + "'"))
                .as("nothing stored from rejected deliveries").isZero();

        HttpResponse<String> first = webhook(event, WebhookSignature.header(WEBHOOK_SECRET, now, event));
        HttpResponse<String> replay = webhook(event, WebhookSignature.header(WEBHOOK_SECRET, Instant.now(), event));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("processed");
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("replayed");
        String eventId = response(event).get("id").asText();
        assertThat(count("SELECT count(*) FROM stripe_webhook_events WHERE event_id = '" + eventId + "'"))
                .isEqualTo(1);
    }

    @Test
    void invoicesAreMirroredFromWebhooksAndListedWithTheirPdfLinks() {
        Organisation org = organisation();
        subscribe(org, "starter");
        JsonNode invoice = stripe.invoicesOf(customerOf(org)).get(0);
        deliver("invoice.finalized", invoice);
        deliver("invoice.paid", invoice);

        JsonNode invoices = OperationalApi.json(ok(api.call("GET", "/v1/billing/invoices", org.ownerToken(), null)))
                .get("invoices");

        assertThat(invoices).hasSize(1);
        JsonNode listed = invoices.get(0);
        assertThat(listed.get("invoice_id").asText()).isEqualTo(invoice.get("id").asText());
        assertThat(listed.get("number").asText()).isEqualTo(invoice.get("number").asText());
        assertThat(listed.get("status").asText()).isEqualTo("paid");
        assertThat(listed.get("total").asText()).isEqualTo("29.00");
        assertThat(listed.get("amount_paid").asText()).isEqualTo("29.00");
        assertThat(listed.get("currency").asText()).isEqualTo("usd");
        assertThat(listed.get("invoice_pdf").asText()).isEqualTo(invoice.get("invoice_pdf").asText()).endsWith("/pdf");
        assertThat(listed.get("hosted_invoice_url").asText()).isEqualTo(invoice.get("hosted_invoice_url").asText());
        assertThat(Instant.parse(listed.get("period_end").asText()))
                .isAfter(Instant.parse(listed.get("period_start").asText()));
    }

    @Test
    void aFailedPaymentLeadsToPastDueThenASendingHoldAfterTheGracePeriodAndPaymentLiftsIt() {
        Organisation org = organisation();
        String subscriptionId = subscribe(org, "starter").get("subscription_id").asText();
        JsonNode open = stripe.failRenewal(subscriptionId);
        deliver("invoice.payment_failed", open);
        deliver("customer.subscription.updated", stripe.subscription(subscriptionId));

        JsonNode pastDue = OperationalApi.json(ok(api.call("GET", "/v1/billing/subscription", org.ownerToken(),
                null)));
        assertThat(pastDue.get("status").asText()).isEqualTo("past_due");
        Instant since = Instant.parse(pastDue.get("past_due_since").asText());
        assertThat(Instant.parse(pastDue.get("grace_ends_at").asText())).isEqualTo(since.plus(Duration.ofDays(7)));
        assertThat(pastDue.get("sending_suspended").asBoolean()).isFalse();

        assertThat(expiry(since.plus(Duration.ofDays(6))).runOnce()).as("still in the grace period").isZero();
        assertThat(holds(org)).isZero();

        GracePeriodExpiry afterGrace = expiry(since.plus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(afterGrace.runOnce()).isGreaterThanOrEqualTo(1);
        assertThat(afterGrace.runOnce()).as("already suspended: nothing more").isZero();
        assertThat(holds(org)).isEqualTo(1);
        assertThat(OperationalApi.json(ok(api.call("GET", "/v1/billing/subscription", org.ownerToken(), null)))
                .get("sending_suspended").asBoolean()).isTrue();

        stripe.declinePayments(true);
        HttpResponse<String> declined = api.call("POST", "/v1/billing/invoices/" + open.get("id").asText() + "/pay",
                org.ownerToken(), null);
        stripe.declinePayments(false);
        assertThat(declined.statusCode()).isEqualTo(402);
        assertThat(holds(org)).isEqualTo(1);
        int charges = stripe.charges();

        JsonNode paid = OperationalApi.json(ok(api.call("POST", "/v1/billing/invoices/" + open.get("id").asText()
                + "/pay", org.ownerToken(), null)));

        assertThat(paid.get("status").asText()).isEqualTo("paid");
        assertThat(stripe.charges()).isEqualTo(charges + 1);
        assertThat(holds(org)).as("reinstated: the hold is lifted").isZero();
        JsonNode reinstated = OperationalApi.json(ok(api.call("GET", "/v1/billing/subscription", org.ownerToken(),
                null)));
        assertThat(reinstated.get("sending_suspended").asBoolean()).isFalse();
        assertThat(reinstated.get("past_due_since").isNull()).isTrue();
        assertThat(auditActions(org)).contains("billing.past_due", "billing.suspend_sending", "billing.invoice_pay",
                "billing.reinstate");

        // Stripe's own webhooks for the payment then change nothing more.
        deliver("invoice.paid", stripe.invoice(open.get("id").asText()));
        assertThat(api.call("POST", "/v1/billing/invoices/" + open.get("id").asText() + "/pay", org.ownerToken(),
                null).statusCode()).isEqualTo(409);
        assertThat(stripe.charges()).isEqualTo(charges + 1);
    }

    @Test
    void aPaymentSucceededWebhookReinstatesASuspendedOrganisation() {
        Organisation org = organisation();
        String subscriptionId = subscribe(org, "growth").get("subscription_id").asText();
        JsonNode open = stripe.failRenewal(subscriptionId);
        deliver("invoice.payment_failed", open);
        Instant since = Instant.parse(OperationalApi.json(ok(api.call("GET", "/v1/billing/subscription",
                org.ownerToken(), null))).get("past_due_since").asText());
        expiry(since.plus(Duration.ofDays(8))).runOnce();
        assertThat(holds(org)).isEqualTo(1);

        JsonNode paidByStripe = open.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) paidByStripe).put("status", "paid")
                .put("amount_paid", open.get("amount_due").asLong()).put("amount_remaining", 0)
                .put("attempt_count", 2);
        deliver("invoice.payment_succeeded", paidByStripe);

        assertThat(holds(org)).isZero();
        assertThat(OperationalApi.json(ok(api.call("GET", "/v1/billing/subscription", org.ownerToken(), null)))
                .get("sending_suspended").asBoolean()).isFalse();
    }

    @Test
    void anotherOrganisationSeesNoneOfItAndCannotPayItsInvoices() {
        Organisation owner = organisation();
        subscribe(owner, "starter");
        JsonNode invoice = stripe.invoicesOf(customerOf(owner)).get(0);
        deliver("invoice.finalized", invoice);
        Organisation other = organisation();

        assertThat(OperationalApi.json(ok(api.call("GET", "/v1/billing/invoices", other.ownerToken(), null)))
                .get("invoices")).isEmpty();
        assertThat(api.call("GET", "/v1/billing/subscription", other.ownerToken(), null).statusCode())
                .isEqualTo(404);
        assertThat(api.call("POST", "/v1/billing/invoices/" + invoice.get("id").asText() + "/pay",
                other.ownerToken(), null).statusCode()).isEqualTo(404);
        assertThat(api.call("POST", "/v1/billing/subscription/cancel", other.ownerToken(),
                Map.of("at_period_end", false, "reason", "other")).statusCode()).isEqualTo(404);
        assertThat(OperationalApi.json(ok(api.call("GET", "/v1/billing/subscription", owner.ownerToken(), null)))
                .get("status").asText()).isEqualTo("active");
    }

    // ----- helpers -----

    private static Organisation organisation() {
        int n = ORGANISATIONS.incrementAndGet();
        String email = "owner" + n + "@billing" + n + ".example";
        JsonNode signUp = api.signUp("Billing Org " + n, email);
        return new Organisation(signUp.get("organisation_id").asText(), api.signIn(email), email);
    }

    private static JsonNode subscribe(Organisation org, String plan) {
        HttpResponse<String> response = api.call("POST", "/v1/billing/subscription", org.ownerToken(),
                Map.of("plan", plan, "email", org.ownerEmail(), "payment_method", "pm_card_visa"));
        return OperationalApi.json(OperationalApi.require(response, 201));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        return OperationalApi.require(response, 200);
    }

    private static String customerOf(Organisation org) {
        return api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT stripe_customer_id FROM billing_customers WHERE tenant_id = :t")
                .bind("t", org.tenantId()).mapTo(String.class).one());
    }

    private static List<String> auditActions(Organisation org) {
        return api.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT action FROM audit_log WHERE tenant_id = :t ORDER BY 1")
                .bind("t", org.tenantId()).mapTo(String.class).list());
    }

    private static long holds(Organisation org) {
        return count("SELECT count(*) FROM sending_holds WHERE tenant_id = '" + org.tenantId()
                + "' AND reason = 'payment_overdue'");
    }

    private static long count(String sql) {
        return api.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    private static List<String> priceIds(JsonNode subscription) {
        return subscription.at("/items/data").findValues("price").stream()
                .map(price -> price.get("id").asText()).toList();
    }

    /** The grace-period job as another instance of the service would run it, at {@code now}. */
    private static GracePeriodExpiry expiry(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        ObjectMapper mapper = Jackson.newObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        PostgresAuditTrail audit = new PostgresAuditTrail(mapper, clock);
        PaymentRecovery recovery = new PaymentRecovery(new BillingDao(), new PostgresSendingHolds(audit, clock),
                audit, Duration.ofDays(7), clock);
        return new GracePeriodExpiry(api.jdbi(), recovery, Duration.ofHours(1));
    }

    private void deliver(String type, JsonNode object) {
        String event = stripe.event(type, object);
        HttpResponse<String> response = webhook(event, WebhookSignature.header(WEBHOOK_SECRET, Instant.now(), event));
        OperationalApi.require(response, 200);
    }

    private HttpResponse<String> webhook(String payload, String signature) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/v1/billing/stripe/webhook"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(payload));
            if (signature != null) {
                request.header("Stripe-Signature", signature);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode response(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
