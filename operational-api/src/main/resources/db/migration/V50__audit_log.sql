-- Who changed what, when and from where: one row per mutating call, written in the transaction of the change.
-- Append-only: rows are never deleted, and the only update allowed is a contact erasure replacing the erased contact's
-- id with its hash (the erasure sets penguinmails.erasure = 'on' for its own transaction).
CREATE TABLE audit_log (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      text        NOT NULL,
    actor          text        NOT NULL,
    action         text        NOT NULL,
    target_type    text        NOT NULL,
    target_id      text        NOT NULL,
    before         jsonb,
    after          jsonb,
    source_address text        NOT NULL,
    occurred_at    timestamptz NOT NULL DEFAULT now()
);

-- Newest first per tenant: the query endpoint pages by (tenant_id, id DESC).
CREATE INDEX audit_log_tenant_id ON audit_log (tenant_id, id DESC);
CREATE INDEX audit_log_tenant_target ON audit_log (tenant_id, target_type, target_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('penguinmails.erasure', true) = 'on' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
