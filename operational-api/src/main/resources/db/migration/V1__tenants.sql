-- The platform's customers. The id is the tenant_id every event, key and row of the platform carries.
CREATE TABLE tenants (
    id         text        PRIMARY KEY CHECK (id <> ''),
    name       text        NOT NULL CHECK (name <> ''),
    created_at timestamptz NOT NULL DEFAULT now()
);
