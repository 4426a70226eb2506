-- Sending holds: while a row covers a tenant (workspace_id '') or one of its workspaces, ingestion refuses new send
-- events there. One row per (scope, reason): holds with different reasons are lifted independently.
CREATE TABLE sending_holds (
    tenant_id    text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id text        NOT NULL DEFAULT '',
    reason       text        NOT NULL CHECK (reason IN ('payment_overdue', 'budget_cap')),
    detail       text        NOT NULL,
    placed_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, workspace_id, reason)
);

-- Usage reported to Stripe per billing period. reported_total is what Stripe has confirmed; a decided but unconfirmed
-- report is pending_total/pending_value/pending_identifier, sent again unchanged until Stripe confirms it, so a retry
-- after a timeout carries the same identifier and is never counted twice. closed_at: the final report after the
-- period ended was confirmed.
CREATE TABLE usage_reports (
    tenant_id          text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    period_start       timestamptz NOT NULL,
    period_end         timestamptz NOT NULL CHECK (period_end > period_start),
    stripe_customer_id text        NOT NULL,
    reported_total     bigint      NOT NULL DEFAULT 0 CHECK (reported_total >= 0),
    pending_total      bigint,
    pending_value      bigint,
    pending_identifier text,
    reports            integer     NOT NULL DEFAULT 0,
    last_error         text,
    updated_at         timestamptz NOT NULL,
    closed_at          timestamptz,
    PRIMARY KEY (tenant_id, period_start),
    CHECK ((pending_total IS NULL) = (pending_identifier IS NULL) AND (pending_total IS NULL) = (pending_value IS NULL))
);
CREATE INDEX usage_reports_open ON usage_reports (period_end) WHERE closed_at IS NULL;

-- Monthly budgets: per organisation (workspace_id '') in emails or money, per workspace in emails. thresholds are
-- percentages notified once each per budget month; hard_cap holds sending at 100 %.
CREATE TABLE budgets (
    tenant_id    text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id text        NOT NULL DEFAULT '',
    unit         text        NOT NULL CHECK (unit IN ('emails', 'money')),
    amount       numeric(18, 2) NOT NULL CHECK (amount > 0),
    currency     text,
    thresholds   integer[]   NOT NULL,
    hard_cap     boolean     NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, workspace_id),
    CHECK ((unit = 'money') = (currency IS NOT NULL))
);

-- The threshold notifications sent: the primary key makes each threshold notify once per budget month.
CREATE TABLE budget_notices (
    tenant_id    text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id text        NOT NULL,
    month_start  timestamptz NOT NULL,
    threshold    integer     NOT NULL,
    used         numeric(18, 2) NOT NULL,
    notified_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, workspace_id, month_start, threshold)
);
