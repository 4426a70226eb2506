package com.penguinmails.operational.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.model.Invoice;
import com.stripe.model.Subscription;
import com.stripe.net.ApiResource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reads Stripe's JSON objects (fixtures in the shape of API version 2026-07-29) into billing's records. */
class StripeBillingTest {

    private static final Plan GROWTH = new Plan("growth", "Growth", "usd", new BigDecimal("99.00"), 50_000,
            new BigDecimal("1.20"), "price_growth_base", "price_growth_overage");

    @Test
    void readsTheBaseAndOverageItemsAndThePeriodFromTheItems() throws IOException {
        Subscription subscription = ApiResource.GSON.fromJson(fixture("subscription.json"), Subscription.class);

        StripeSubscriptionState state = StripeBilling.state(subscription, GROWTH);

        assertThat(state.id()).isEqualTo("sub_1QxYz");
        assertThat(state.customerId()).isEqualTo("cus_Q1");
        assertThat(state.status()).isEqualTo("past_due");
        assertThat(state.baseItemId()).isEqualTo("si_base");
        assertThat(state.overageItemId()).contains("si_overage");
        assertThat(state.periodStart()).isEqualTo(Instant.ofEpochSecond(1795000000));
        assertThat(state.periodEnd()).isEqualTo(Instant.ofEpochSecond(1797592000));
        assertThat(state.cancelAtPeriodEnd()).isTrue();
        assertThat(state.canceledAt()).isEmpty();
    }

    @Test
    void withoutAKnownPlanTheBaseItemIsTheOneWithAQuantity() throws IOException {
        Subscription subscription = ApiResource.GSON.fromJson(fixture("subscription.json"), Subscription.class);

        assertThat(StripeBilling.state(subscription, null).baseItemId()).isEqualTo("si_base");
    }

    @Test
    void readsAnInvoiceWithItsSubscriptionFromTheParent() throws IOException {
        Invoice invoice = ApiResource.GSON.fromJson(fixture("invoice.json"), Invoice.class);

        StripeInvoice read = StripeBilling.invoice(invoice);

        assertThat(read.subscriptionId()).contains("sub_1QxYz");
        assertThat(read.number()).contains("ABCD-0002");
        assertThat(read.status()).isEqualTo("open");
        assertThat(read.amountDue()).isEqualTo(9900);
        assertThat(read.attemptCount()).isEqualTo(1);
        assertThat(read.invoicePdf()).contains("https://pay.stripe.com/invoice/acct_1/test_x/pdf");
        assertThat(read.periodEnd()).contains(Instant.ofEpochSecond(1797592000));
        assertThat(InvoiceView.of(read).total()).isEqualTo("99.00");
        assertThat(InvoiceView.of(read).currency()).isEqualTo("eur");
    }

    @Test
    void aDraftInvoiceHasNoNumberYet() throws IOException {
        Invoice invoice = ApiResource.GSON.fromJson(fixture("invoice.json").replace("\"ABCD-0002\"", "null"),
                Invoice.class);

        assertThat(StripeBilling.invoice(invoice).number()).isEqualTo(Optional.empty());
        assertThat(InvoiceView.of(StripeBilling.invoice(invoice)).number()).isNull();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = StripeBillingTest.class.getResourceAsStream("/billing/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
