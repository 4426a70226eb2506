-- Invitations may also grant an organisation-wide role: workspace_id null.
ALTER TABLE invitations ALTER COLUMN workspace_id DROP NOT NULL;
