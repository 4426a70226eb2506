-- Alert rules, notification channels and webhooks belong to a workspace of their organisation or to the whole
-- organisation (NULL). A deleted workspace leaves them organisation-wide rather than deleting them: deleting a rule
-- must go through the API, which publishes its tombstone to control.alert-rules.
ALTER TABLE alert_rules ADD FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE SET NULL;
ALTER TABLE notification_channels ADD FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE SET NULL;
ALTER TABLE webhook_endpoints ADD FOREIGN KEY (workspace_id) REFERENCES workspaces (id) ON DELETE SET NULL;
