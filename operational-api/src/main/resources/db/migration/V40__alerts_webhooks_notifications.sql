-- Alert rules, notification channels, webhook endpoints and the delivery queue (engineer N's range: V40-V49).

CREATE TABLE webhook_endpoints (
    id              text PRIMARY KEY,
    tenant_id       text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id    text,
    url             text NOT NULL,
    description     text NOT NULL DEFAULT '',
    event_types     text[] NOT NULL,
    -- The signing secret, sealed with SecretSealer under the context 'webhook:<id>': read back to sign.
    secret_sealed   bytea NOT NULL,
    enabled         boolean NOT NULL DEFAULT true,
    disabled_reason text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_endpoints_tenant ON webhook_endpoints (tenant_id);

CREATE TABLE notification_channels (
    id              text PRIMARY KEY,
    tenant_id       text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id    text,
    name            text NOT NULL,
    type            text NOT NULL CHECK (type IN ('webhook', 'email', 'sms')),
    webhook_id      text REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    email_addresses text[] NOT NULL DEFAULT '{}',
    phone_numbers   text[] NOT NULL DEFAULT '{}',
    -- Whether the channel also receives the health stage's auto-pause recommendations (rule_id auto_pause).
    health_alerts   boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((type = 'webhook') = (webhook_id IS NOT NULL))
);
CREATE INDEX notification_channels_tenant ON notification_channels (tenant_id);

CREATE TABLE alert_rules (
    id            text PRIMARY KEY,
    tenant_id     text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id  text,
    name          text NOT NULL,
    metric        text NOT NULL,
    scope_kind    text NOT NULL,
    scope_value   text,
    comparison    text NOT NULL,
    threshold     double precision NOT NULL,
    window_length text NOT NULL,
    min_volume    bigint NOT NULL,
    cooldown      text NOT NULL,
    enabled       boolean NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_rules_tenant ON alert_rules (tenant_id);

CREATE TABLE alert_rule_channels (
    rule_id    text NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
    channel_id text NOT NULL REFERENCES notification_channels (id) ON DELETE CASCADE,
    position   int NOT NULL,
    PRIMARY KEY (rule_id, channel_id)
);
CREATE INDEX alert_rule_channels_channel ON alert_rule_channels (channel_id);

-- Rule changes waiting to be published to control.alert-rules, written in the transaction of the change and
-- published in seq order; payload NULL is a tombstone.
CREATE TABLE alert_rule_outbox (
    seq          bigserial PRIMARY KEY,
    rule_id      text NOT NULL,
    payload      text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
);
CREATE INDEX alert_rule_outbox_unpublished ON alert_rule_outbox (seq) WHERE published_at IS NULL;

-- One notification to one target (a webhook endpoint, an email channel, one phone number of an SMS channel).
-- (target, dedup_key) is unique, so a redelivered Kafka record enqueues nothing new.
CREATE TABLE deliveries (
    id                 text PRIMARY KEY,
    tenant_id          text NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('webhook', 'email', 'sms')),
    target             text NOT NULL,
    endpoint_id        text REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    channel_id         text,
    recipients         text[] NOT NULL DEFAULT '{}',
    event_type         text NOT NULL,
    dedup_key          text NOT NULL,
    payload            text NOT NULL,
    status             text NOT NULL CHECK (status IN ('pending', 'delivered', 'parked')),
    attempts           int NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz,
    last_attempt_at    timestamptz,
    last_response_code int,
    last_error         text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    delivered_at       timestamptz,
    UNIQUE (target, dedup_key)
);
CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX deliveries_endpoint ON deliveries (endpoint_id, created_at DESC);
