-- Health checks of sending infrastructure (SENDING-HEALTH.md): one row per (workspace, check, target), kept in step
-- with servers/server_ips/smtp_hosts (V60) and sending_domains (V30) by the health worker, and the results history.
CREATE TABLE health_checks (
    id              text        PRIMARY KEY CHECK (id <> ''),
    tenant_id       text        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    workspace_id    text        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    kind            text        NOT NULL
                    CHECK (kind IN ('smtp', 'tls_certificate', 'reverse_dns', 'dnsbl_ip', 'dnsbl_domain')),
    -- An IP (reverse_dns, dnsbl_ip), host:port (smtp, tls_certificate) or a domain (dnsbl_domain).
    target          text        NOT NULL CHECK (target <> ''),
    -- The host name the target should answer as: the PTR wanted for an IP, the SMTP host name for smtp/tls.
    expected_host   text,
    -- smtp / tls_certificate: the address and port to connect to (the server's primary IP).
    connect_ip      text,
    port            integer     CHECK (port BETWEEN 1 AND 65535),
    -- Scheduling: due when next_run_at <= now; a claim moves it to the end of a lease (SKIP LOCKED).
    next_run_at     timestamptz NOT NULL,
    -- The latest result and since when the status has been what it is.
    status          text        CHECK (status IN ('ok', 'warning', 'failing', 'unknown')),
    status_since    timestamptz,
    last_checked_at timestamptz,
    detail          text,
    measured        jsonb,
    -- The open alert episode (fired when the check went failing), null when none is open.
    alert_fired_at  timestamptz,
    created_at      timestamptz NOT NULL,
    UNIQUE (workspace_id, kind, target)
);
CREATE INDEX health_checks_due ON health_checks (next_run_at);
CREATE INDEX health_checks_tenant ON health_checks (tenant_id, workspace_id);

-- Every result, kept 90 days (the purge job deletes older rows).
CREATE TABLE health_results (
    check_id    text        NOT NULL REFERENCES health_checks (id) ON DELETE CASCADE,
    checked_at  timestamptz NOT NULL,
    status      text        NOT NULL CHECK (status IN ('ok', 'warning', 'failing', 'unknown')),
    detail      text        NOT NULL,
    measured    jsonb       NOT NULL,
    PRIMARY KEY (check_id, checked_at)
);
CREATE INDEX health_results_checked_at ON health_results (checked_at);
