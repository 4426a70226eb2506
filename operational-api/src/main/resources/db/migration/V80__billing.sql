-- Stripe billing (BILLING.md): the organisation's Stripe customer, its subscriptions with the plan terms they were
-- sold on, the invoices mirrored from Stripe's webhooks, and the webhook events already processed.

CREATE TABLE billing_customers (
    tenant_id          text PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    stripe_customer_id text NOT NULL UNIQUE,
    email              text NOT NULL,
    created_at         timestamptz NOT NULL
);

-- One row per Stripe subscription ever made; at most one that is not over per organisation. The plan's terms are
-- copied in, so a later price change in the catalogue does not change what a subscriber already bought.
CREATE TABLE billing_subscriptions (
    stripe_subscription_id     text PRIMARY KEY,
    tenant_id                  text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    stripe_customer_id         text NOT NULL,
    plan_code                  text NOT NULL,
    monthly_price              numeric(14, 4) NOT NULL CHECK (monthly_price >= 0),
    included_emails            bigint NOT NULL CHECK (included_emails >= 0),
    overage_price_per_thousand numeric(14, 4) NOT NULL CHECK (overage_price_per_thousand >= 0),
    currency                   text NOT NULL CHECK (currency ~ '^[a-z]{3}$'),
    base_item_id               text NOT NULL,
    overage_item_id            text,
    status                     text NOT NULL,
    period_start               timestamptz NOT NULL,
    period_end                 timestamptz NOT NULL,
    cancel_at_period_end       boolean NOT NULL DEFAULT false,
    canceled_at                timestamptz,
    cancellation_reason        text,
    cancellation_comment       text,
    plan_changes               integer NOT NULL DEFAULT 0,
    past_due_since             timestamptz,
    grace_ends_at              timestamptz,
    suspended_at               timestamptz,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL
);

CREATE UNIQUE INDEX billing_subscriptions_one_live_per_tenant ON billing_subscriptions (tenant_id)
    WHERE status NOT IN ('canceled', 'incomplete_expired');
CREATE INDEX billing_subscriptions_grace_due ON billing_subscriptions (grace_ends_at)
    WHERE grace_ends_at IS NOT NULL AND suspended_at IS NULL;

-- Amounts in the currency's minor units, as Stripe sends them.
CREATE TABLE billing_invoices (
    stripe_invoice_id      text PRIMARY KEY,
    tenant_id              text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    stripe_subscription_id text,
    number                 text,
    status                 text NOT NULL,
    currency               text NOT NULL,
    total                  bigint NOT NULL,
    amount_due             bigint NOT NULL,
    amount_paid            bigint NOT NULL,
    amount_remaining       bigint NOT NULL,
    attempt_count          integer NOT NULL DEFAULT 0,
    hosted_invoice_url     text,
    invoice_pdf            text,
    period_start           timestamptz,
    period_end             timestamptz,
    stripe_created         timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);

CREATE INDEX billing_invoices_by_tenant ON billing_invoices (tenant_id, stripe_created DESC);

-- Stripe delivers at least once: an event id seen here is answered 200 and not processed again.
CREATE TABLE stripe_webhook_events (
    event_id     text PRIMARY KEY,
    type         text NOT NULL,
    processed_at timestamptz NOT NULL
);
