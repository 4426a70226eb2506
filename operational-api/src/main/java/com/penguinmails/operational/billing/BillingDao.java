package com.penguinmails.operational.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Billing's tables (V80__billing.sql): customers, subscriptions, mirrored invoices, processed webhook events. */
public final class BillingDao {

    private static final String SUBSCRIPTION_COLUMNS = "stripe_subscription_id, tenant_id, stripe_customer_id, "
            + "plan_code, monthly_price, included_emails, overage_price_per_thousand, currency, base_item_id, "
            + "overage_item_id, status, period_start, period_end, cancel_at_period_end, canceled_at, "
            + "cancellation_reason, cancellation_comment, plan_changes, past_due_since, grace_ends_at, suspended_at, "
            + "created_at, updated_at";

    private static final String INVOICE_COLUMNS = "stripe_invoice_id, tenant_id, stripe_subscription_id, number, "
            + "status, currency, total, amount_due, amount_paid, amount_remaining, attempt_count, hosted_invoice_url, "
            + "invoice_pdf, period_start, period_end, stripe_created";

    /** The organisation's Stripe customer, if it has one. */
    public Optional<String> customerId(Handle handle, String tenantId) {
        return handle.createQuery("SELECT stripe_customer_id FROM billing_customers WHERE tenant_id = :tenant")
                .bind("tenant", tenantId).mapTo(String.class).findOne();
    }

    /** Stores the organisation's customer; a second store of the same organisation keeps the first. */
    public void insertCustomer(Handle handle, String tenantId, String customerId, String email, Instant now) {
        handle.createUpdate("INSERT INTO billing_customers (tenant_id, stripe_customer_id, email, created_at) "
                + "VALUES (:tenant, :customer, :email, :now) ON CONFLICT (tenant_id) DO NOTHING")
                .bind("tenant", tenantId).bind("customer", customerId).bind("email", email)
                .bind("now", Timestamp.from(now)).execute();
    }

    /** The organisation of a Stripe customer, empty for customers billing did not make. */
    public Optional<String> tenantOfCustomer(Handle handle, String customerId) {
        return handle.createQuery("SELECT tenant_id FROM billing_customers WHERE stripe_customer_id = :customer")
                .bind("customer", customerId).mapTo(String.class).findOne();
    }

    /** How many subscriptions the organisation ever had. */
    public long subscriptionCount(Handle handle, String tenantId) {
        return handle.createQuery("SELECT count(*) FROM billing_subscriptions WHERE tenant_id = :tenant")
                .bind("tenant", tenantId).mapTo(Long.class).one();
    }

    /** The organisation's subscription that is not over, locked for update. */
    public Optional<StoredSubscription> liveForUpdate(Handle handle, String tenantId) {
        return handle.createQuery("SELECT " + SUBSCRIPTION_COLUMNS + " FROM billing_subscriptions "
                + "WHERE tenant_id = :tenant AND status NOT IN ('canceled', 'incomplete_expired') FOR UPDATE")
                .bind("tenant", tenantId).map((rs, ctx) -> subscription(rs)).findOne();
    }

    /** The organisation's most recent subscription, live or over. */
    public Optional<StoredSubscription> latest(Handle handle, String tenantId) {
        return handle.createQuery("SELECT " + SUBSCRIPTION_COLUMNS + " FROM billing_subscriptions "
                + "WHERE tenant_id = :tenant ORDER BY (status NOT IN ('canceled', 'incomplete_expired')) DESC, "
                + "created_at DESC LIMIT 1")
                .bind("tenant", tenantId).map((rs, ctx) -> subscription(rs)).findOne();
    }

    /** The subscription {@code subscriptionId}, locked for update. */
    public Optional<StoredSubscription> byIdForUpdate(Handle handle, String subscriptionId) {
        return handle.createQuery("SELECT " + SUBSCRIPTION_COLUMNS + " FROM billing_subscriptions "
                + "WHERE stripe_subscription_id = :id FOR UPDATE")
                .bind("id", subscriptionId).map((rs, ctx) -> subscription(rs)).findOne();
    }

    /** Every subscription that is not over. */
    public List<StoredSubscription> live(Handle handle) {
        return handle.createQuery("SELECT " + SUBSCRIPTION_COLUMNS + " FROM billing_subscriptions "
                + "WHERE status NOT IN ('canceled', 'incomplete_expired') ORDER BY tenant_id")
                .map((rs, ctx) -> subscription(rs)).list();
    }

    /**
     * Past-due subscriptions whose grace period ended by {@code now} and whose sending is not suspended yet, locked;
     * rows another instance holds are skipped, so several instances can run the expiry at once.
     */
    public List<StoredSubscription> graceEndedForUpdate(Handle handle, Instant now, int limit) {
        return handle.createQuery("SELECT " + SUBSCRIPTION_COLUMNS + " FROM billing_subscriptions "
                + "WHERE grace_ends_at <= :now AND suspended_at IS NULL AND past_due_since IS NOT NULL "
                + "ORDER BY grace_ends_at LIMIT :limit FOR UPDATE SKIP LOCKED")
                .bind("now", Timestamp.from(now)).bind("limit", limit).map((rs, ctx) -> subscription(rs)).list();
    }

    /** Stores a new subscription; false when it is already stored (a retried request got the same one from Stripe). */
    public boolean insertSubscription(Handle handle, StoredSubscription subscription) {
        return bindSubscription(handle.createUpdate("INSERT INTO billing_subscriptions (" + SUBSCRIPTION_COLUMNS
                + ") VALUES (:id, :tenant, :customer, :plan, :monthly_price, :included, :overage, :currency, :base, "
                + ":overage_item, :status, :period_start, :period_end, :cancel_at_period_end, :canceled_at, :reason, "
                + ":comment, :plan_changes, :past_due_since, :grace_ends_at, :suspended_at, :created_at, :updated_at) "
                + "ON CONFLICT (stripe_subscription_id) DO NOTHING"), subscription).execute() == 1;
    }

    /** Replaces the stored state of {@code subscription}. */
    public void updateSubscription(Handle handle, StoredSubscription subscription) {
        bindSubscription(handle.createUpdate("UPDATE billing_subscriptions SET plan_code = :plan, "
                + "monthly_price = :monthly_price, included_emails = :included, overage_price_per_thousand = :overage, "
                + "currency = :currency, base_item_id = :base, overage_item_id = :overage_item, status = :status, "
                + "period_start = :period_start, period_end = :period_end, "
                + "cancel_at_period_end = :cancel_at_period_end, canceled_at = :canceled_at, "
                + "cancellation_reason = :reason, cancellation_comment = :comment, plan_changes = :plan_changes, "
                + "past_due_since = :past_due_since, grace_ends_at = :grace_ends_at, suspended_at = :suspended_at, "
                + "updated_at = :updated_at WHERE stripe_subscription_id = :id"), subscription).execute();
    }

    /** Stores or refreshes the mirror of an invoice. */
    public void upsertInvoice(Handle handle, String tenantId, StripeInvoice invoice, Instant now) {
        handle.createUpdate("INSERT INTO billing_invoices (" + INVOICE_COLUMNS + ", updated_at) VALUES (:id, :tenant, "
                + ":subscription, :number, :status, :currency, :total, :amount_due, :amount_paid, :amount_remaining, "
                + ":attempt_count, :hosted, :pdf, :period_start, :period_end, :created, :now) "
                + "ON CONFLICT (stripe_invoice_id) DO UPDATE SET number = coalesce(EXCLUDED.number, "
                + "billing_invoices.number), status = EXCLUDED.status, total = EXCLUDED.total, "
                + "amount_due = EXCLUDED.amount_due, amount_paid = EXCLUDED.amount_paid, "
                + "amount_remaining = EXCLUDED.amount_remaining, attempt_count = EXCLUDED.attempt_count, "
                + "hosted_invoice_url = coalesce(EXCLUDED.hosted_invoice_url, billing_invoices.hosted_invoice_url), "
                + "invoice_pdf = coalesce(EXCLUDED.invoice_pdf, billing_invoices.invoice_pdf), updated_at = :now")
                .bind("id", invoice.id()).bind("tenant", tenantId)
                .bind("subscription", invoice.subscriptionId().orElse(null))
                .bind("number", invoice.number().orElse(null)).bind("status", invoice.status())
                .bind("currency", invoice.currency()).bind("total", invoice.total())
                .bind("amount_due", invoice.amountDue()).bind("amount_paid", invoice.amountPaid())
                .bind("amount_remaining", invoice.amountRemaining()).bind("attempt_count", invoice.attemptCount())
                .bind("hosted", invoice.hostedInvoiceUrl().orElse(null)).bind("pdf", invoice.invoicePdf().orElse(null))
                .bind("period_start", invoice.periodStart().map(Timestamp::from).orElse(null))
                .bind("period_end", invoice.periodEnd().map(Timestamp::from).orElse(null))
                .bind("created", Timestamp.from(invoice.created())).bind("now", Timestamp.from(now)).execute();
    }

    /** The mirror of invoice {@code invoiceId}, if billing has it. */
    public Optional<StoredInvoice> invoice(Handle handle, String invoiceId) {
        return handle.createQuery("SELECT " + INVOICE_COLUMNS + " FROM billing_invoices WHERE stripe_invoice_id = :id")
                .bind("id", invoiceId).map((rs, ctx) -> storedInvoice(rs)).findOne();
    }

    /** The organisation's invoices, newest first. */
    public List<StoredInvoice> invoices(Handle handle, String tenantId, int limit) {
        return handle.createQuery("SELECT " + INVOICE_COLUMNS + " FROM billing_invoices WHERE tenant_id = :tenant "
                + "ORDER BY stripe_created DESC, stripe_invoice_id DESC LIMIT :limit")
                .bind("tenant", tenantId).bind("limit", limit).map((rs, ctx) -> storedInvoice(rs)).list();
    }

    /** How many of the subscription's invoices are open after at least one failed payment attempt. */
    public long failedOpenInvoices(Handle handle, String subscriptionId) {
        return handle.createQuery("SELECT count(*) FROM billing_invoices WHERE stripe_subscription_id = :id "
                + "AND status = 'open' AND attempt_count > 0 AND amount_remaining > 0")
                .bind("id", subscriptionId).mapTo(Long.class).one();
    }

    /** Records a webhook event as processed; false when it already was (a replay or a redelivery). */
    public boolean markEventProcessed(Handle handle, String eventId, String type, Instant now) {
        return handle.createUpdate("INSERT INTO stripe_webhook_events (event_id, type, processed_at) "
                + "VALUES (:id, :type, :now) ON CONFLICT (event_id) DO NOTHING")
                .bind("id", eventId).bind("type", type).bind("now", Timestamp.from(now)).execute() == 1;
    }

    private static Update bindSubscription(Update update, StoredSubscription s) {
        return update.bind("id", s.stripeSubscriptionId()).bind("tenant", s.tenantId())
                .bind("customer", s.stripeCustomerId()).bind("plan", s.planCode())
                .bind("monthly_price", s.monthlyPrice()).bind("included", s.includedEmails())
                .bind("overage", s.overagePricePerThousand()).bind("currency", s.currency())
                .bind("base", s.baseItemId()).bind("overage_item", s.overageItemId().orElse(null))
                .bind("status", s.status()).bind("period_start", Timestamp.from(s.periodStart()))
                .bind("period_end", Timestamp.from(s.periodEnd())).bind("cancel_at_period_end", s.cancelAtPeriodEnd())
                .bind("canceled_at", time(s.canceledAt())).bind("reason", s.cancellationReason().orElse(null))
                .bind("comment", s.cancellationComment().orElse(null)).bind("plan_changes", s.planChanges())
                .bind("past_due_since", time(s.pastDueSince())).bind("grace_ends_at", time(s.graceEndsAt()))
                .bind("suspended_at", time(s.suspendedAt())).bind("created_at", Timestamp.from(s.createdAt()))
                .bind("updated_at", Timestamp.from(s.updatedAt()));
    }

    private static Timestamp time(Optional<Instant> instant) {
        return instant.map(Timestamp::from).orElse(null);
    }

    private static StoredSubscription subscription(ResultSet rs) throws SQLException {
        return new StoredSubscription(rs.getString("stripe_subscription_id"), rs.getString("tenant_id"),
                rs.getString("stripe_customer_id"), rs.getString("plan_code"), money(rs, "monthly_price"),
                rs.getLong("included_emails"), money(rs, "overage_price_per_thousand"), rs.getString("currency"),
                rs.getString("base_item_id"), Optional.ofNullable(rs.getString("overage_item_id")),
                rs.getString("status"), instant(rs, "period_start").orElseThrow(),
                instant(rs, "period_end").orElseThrow(), rs.getBoolean("cancel_at_period_end"),
                instant(rs, "canceled_at"), Optional.ofNullable(rs.getString("cancellation_reason")),
                Optional.ofNullable(rs.getString("cancellation_comment")), rs.getInt("plan_changes"),
                instant(rs, "past_due_since"), instant(rs, "grace_ends_at"), instant(rs, "suspended_at"),
                instant(rs, "created_at").orElseThrow(), instant(rs, "updated_at").orElseThrow());
    }

    private static StoredInvoice storedInvoice(ResultSet rs) throws SQLException {
        return new StoredInvoice(rs.getString("tenant_id"), new StripeInvoice(rs.getString("stripe_invoice_id"), null,
                Optional.ofNullable(rs.getString("stripe_subscription_id")), Optional.ofNullable(rs.getString("number")),
                rs.getString("status"), rs.getString("currency"), rs.getLong("total"), rs.getLong("amount_due"),
                rs.getLong("amount_paid"), rs.getLong("amount_remaining"), rs.getLong("attempt_count"),
                Optional.ofNullable(rs.getString("hosted_invoice_url")), Optional.ofNullable(rs.getString("invoice_pdf")),
                instant(rs, "period_start"), instant(rs, "period_end"), instant(rs, "stripe_created").orElseThrow()));
    }

    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
