-- Warm-up schedules of sending IPs and mailboxes (WARMUP.md): a daily volume ramp and where the schedule is on it,
-- and every change made to a schedule with its reason (automatic cuts keep the alert that caused them).
CREATE TABLE warmup_schedules (
    id            text        PRIMARY KEY CHECK (id <> ''),
    tenant_id     text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id  text        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    target_type   text        NOT NULL CHECK (target_type IN ('ip', 'mailbox')),
    -- An IP in canonical text form, or a mailbox address in lower case.
    target        text        NOT NULL CHECK (target <> ''),
    curve         text        NOT NULL CHECK (curve IN ('default', 'custom')),
    -- Daily volumes, day 1 first; after the last day the last volume holds.
    ramp          integer[]   NOT NULL CHECK (cardinality(ramp) BETWEEN 1 AND 365),
    starts_on     date        NOT NULL,
    -- Progress: 0-based step of the ramp on step_date, one step more each later day unless paused.
    step          integer     NOT NULL CHECK (step >= 0),
    step_date     date        NOT NULL,
    paused        boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    UNIQUE (tenant_id, target_type, target)
);
CREATE INDEX warmup_schedules_workspace ON warmup_schedules (workspace_id);

CREATE TABLE warmup_adjustments (
    id               bigserial   PRIMARY KEY,
    schedule_id      text        NOT NULL REFERENCES warmup_schedules (id) ON DELETE CASCADE,
    at               timestamptz NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('created', 'paused', 'resumed', 'auto_cut')),
    -- The auto_pause alert an automatic cut answered: one cut per schedule and alert, however often it is consumed.
    source_alert_id  text,
    reason           text        NOT NULL,
    limit_before     integer,
    limit_after      integer     NOT NULL,
    UNIQUE (schedule_id, source_alert_id)
);
