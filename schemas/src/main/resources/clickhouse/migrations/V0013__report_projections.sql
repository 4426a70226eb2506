-- Dashboard speed, second round (V0010 was the first): aggregate projections so the bot-filtering report, the heatmap
-- and the bounce breakdown read a few rows per bucket instead of one row per combination of every dimension.
--
-- engagement_classes_hour and engagement_reasons_hour (V0009): by_tenant keeps the report's unfiltered (or
-- workspace-filtered) question: tenant, hour, workspace, event type, class (and reason).
-- engagement_heatmap (V0003, V0007): by_tenant keeps the heatmap's unfiltered (or workspace-filtered) question:
-- tenant, hour, workspace and the local day of week and hour, without the campaign.
-- deliverability_minute/_hour/_day (V0003): by_reason keeps the bounce breakdown by sender (provider, sending domain,
-- IP, mailbox) and bounce reason with the counters it reads.
--
-- ClickHouse picks a projection by itself when a query's columns, filters and sums are all in it and reading it is
-- cheaper; otherwise it reads the table as before, with the same answer. SummingMergeTree merges rows, so the tables
-- rebuild their projections on merge (deduplicate_merge_projection_mode = 'rebuild', already set on the deliverability
-- tables by V0010). MATERIALIZE PROJECTION builds them for existing parts as a background mutation.

ALTER TABLE engagement_classes_hour MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';

ALTER TABLE engagement_classes_hour ADD PROJECTION IF NOT EXISTS by_tenant
(
    SELECT tenant_id, bucket, workspace_id, event_type, engagement_class, sum(events)
    GROUP BY tenant_id, bucket, workspace_id, event_type, engagement_class
);

ALTER TABLE engagement_classes_hour MATERIALIZE PROJECTION by_tenant;

ALTER TABLE engagement_reasons_hour MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';

ALTER TABLE engagement_reasons_hour ADD PROJECTION IF NOT EXISTS by_tenant
(
    SELECT tenant_id, bucket, workspace_id, event_type, engagement_class, reason, sum(events)
    GROUP BY tenant_id, bucket, workspace_id, event_type, engagement_class, reason
);

ALTER TABLE engagement_reasons_hour MATERIALIZE PROJECTION by_tenant;

ALTER TABLE engagement_heatmap MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';

ALTER TABLE engagement_heatmap ADD PROJECTION IF NOT EXISTS by_tenant
(
    SELECT tenant_id, bucket, workspace_id, day_of_week, hour,
        sum(sends), sum(opens_human), sum(clicks_human), sum(replies_human)
    GROUP BY tenant_id, bucket, workspace_id, day_of_week, hour
);

ALTER TABLE engagement_heatmap MATERIALIZE PROJECTION by_tenant;

ALTER TABLE deliverability_minute ADD PROJECTION IF NOT EXISTS by_reason
(
    SELECT tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox, bounce_reason,
        sum(sent), sum(delivered), sum(complaints), sum(bounced_hard), sum(bounced_soft), sum(bounced_block),
        sum(bounced_undetermined)
    GROUP BY tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox, bounce_reason
);

ALTER TABLE deliverability_minute MATERIALIZE PROJECTION by_reason;

ALTER TABLE deliverability_hour ADD PROJECTION IF NOT EXISTS by_reason
(
    SELECT tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox, bounce_reason,
        sum(sent), sum(delivered), sum(complaints), sum(bounced_hard), sum(bounced_soft), sum(bounced_block),
        sum(bounced_undetermined)
    GROUP BY tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox, bounce_reason
);

ALTER TABLE deliverability_hour MATERIALIZE PROJECTION by_reason;

ALTER TABLE deliverability_day ADD PROJECTION IF NOT EXISTS by_reason
(
    SELECT tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox, bounce_reason,
        sum(sent), sum(delivered), sum(complaints), sum(bounced_hard), sum(bounced_soft), sum(bounced_block),
        sum(bounced_undetermined)
    GROUP BY tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox, bounce_reason
);

ALTER TABLE deliverability_day MATERIALIZE PROJECTION by_reason;
