-- Dashboard speed: two aggregate projections on each deliverability table, so the views that group by campaign (campaign
-- list, comparison, A/B) or by sender (deliverability by provider, sending domain, IP, mailbox) read a few rows per
-- bucket instead of one row per combination of every dimension. ClickHouse picks a projection by itself when a query's
-- columns, filters and sums are all in it (otherwise it reads the table as before, with the same answer), so no query
-- changes; the campaign counters' bounce sum is stored as the exact expression the campaign queries use.
--
-- SummingMergeTree merges rows, so each table rebuilds its projections when it merges parts
-- (deduplicate_merge_projection_mode = 'rebuild'). MATERIALIZE PROJECTION builds them for parts written before this
-- migration as a background mutation; until it finishes those parts are read from the table itself, which gives the
-- same answer, only slower.

ALTER TABLE deliverability_minute MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';

ALTER TABLE deliverability_minute ADD PROJECTION IF NOT EXISTS by_campaign
(
    SELECT tenant_id, bucket, workspace_id, campaign_id, variant, sequence_step,
        sum(sent),
        sum(delivered),
        sum(deferred),
        sum(bounced_hard),
        sum(bounced_soft),
        sum(bounced_block),
        sum(bounced_undetermined),
        sum(complaints),
        sum(unsubscribes),
        sum(opens_all),
        sum(opens_human),
        sum(opens_unique),
        sum(opens_unique_contacts),
        sum(clicks_all),
        sum(clicks_human),
        sum(clicks_unique),
        sum(clicks_unique_contacts),
        sum(replies_human),
        sum(replies_auto),
        sum(bounced_hard + bounced_soft + bounced_block + bounced_undetermined)
    GROUP BY tenant_id, bucket, workspace_id, campaign_id, variant, sequence_step
);

ALTER TABLE deliverability_minute MATERIALIZE PROJECTION by_campaign;

ALTER TABLE deliverability_minute ADD PROJECTION IF NOT EXISTS by_sender
(
    SELECT tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox,
        sum(sent),
        sum(delivered),
        sum(deferred),
        sum(bounced_hard),
        sum(bounced_soft),
        sum(bounced_block),
        sum(bounced_undetermined),
        sum(complaints),
        sum(unsubscribes),
        sum(opens_all),
        sum(opens_human),
        sum(opens_unique),
        sum(opens_unique_contacts),
        sum(clicks_all),
        sum(clicks_human),
        sum(clicks_unique),
        sum(clicks_unique_contacts),
        sum(replies_human),
        sum(replies_auto),
        sum(bounced_hard + bounced_soft + bounced_block + bounced_undetermined)
    GROUP BY tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox
);

ALTER TABLE deliverability_minute MATERIALIZE PROJECTION by_sender;

ALTER TABLE deliverability_hour MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';

ALTER TABLE deliverability_hour ADD PROJECTION IF NOT EXISTS by_campaign
(
    SELECT tenant_id, bucket, workspace_id, campaign_id, variant, sequence_step,
        sum(sent),
        sum(delivered),
        sum(deferred),
        sum(bounced_hard),
        sum(bounced_soft),
        sum(bounced_block),
        sum(bounced_undetermined),
        sum(complaints),
        sum(unsubscribes),
        sum(opens_all),
        sum(opens_human),
        sum(opens_unique),
        sum(opens_unique_contacts),
        sum(clicks_all),
        sum(clicks_human),
        sum(clicks_unique),
        sum(clicks_unique_contacts),
        sum(replies_human),
        sum(replies_auto),
        sum(bounced_hard + bounced_soft + bounced_block + bounced_undetermined)
    GROUP BY tenant_id, bucket, workspace_id, campaign_id, variant, sequence_step
);

ALTER TABLE deliverability_hour MATERIALIZE PROJECTION by_campaign;

ALTER TABLE deliverability_hour ADD PROJECTION IF NOT EXISTS by_sender
(
    SELECT tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox,
        sum(sent),
        sum(delivered),
        sum(deferred),
        sum(bounced_hard),
        sum(bounced_soft),
        sum(bounced_block),
        sum(bounced_undetermined),
        sum(complaints),
        sum(unsubscribes),
        sum(opens_all),
        sum(opens_human),
        sum(opens_unique),
        sum(opens_unique_contacts),
        sum(clicks_all),
        sum(clicks_human),
        sum(clicks_unique),
        sum(clicks_unique_contacts),
        sum(replies_human),
        sum(replies_auto),
        sum(bounced_hard + bounced_soft + bounced_block + bounced_undetermined)
    GROUP BY tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox
);

ALTER TABLE deliverability_hour MATERIALIZE PROJECTION by_sender;

ALTER TABLE deliverability_day MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild';

ALTER TABLE deliverability_day ADD PROJECTION IF NOT EXISTS by_campaign
(
    SELECT tenant_id, bucket, workspace_id, campaign_id, variant, sequence_step,
        sum(sent),
        sum(delivered),
        sum(deferred),
        sum(bounced_hard),
        sum(bounced_soft),
        sum(bounced_block),
        sum(bounced_undetermined),
        sum(complaints),
        sum(unsubscribes),
        sum(opens_all),
        sum(opens_human),
        sum(opens_unique),
        sum(opens_unique_contacts),
        sum(clicks_all),
        sum(clicks_human),
        sum(clicks_unique),
        sum(clicks_unique_contacts),
        sum(replies_human),
        sum(replies_auto),
        sum(bounced_hard + bounced_soft + bounced_block + bounced_undetermined)
    GROUP BY tenant_id, bucket, workspace_id, campaign_id, variant, sequence_step
);

ALTER TABLE deliverability_day MATERIALIZE PROJECTION by_campaign;

ALTER TABLE deliverability_day ADD PROJECTION IF NOT EXISTS by_sender
(
    SELECT tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox,
        sum(sent),
        sum(delivered),
        sum(deferred),
        sum(bounced_hard),
        sum(bounced_soft),
        sum(bounced_block),
        sum(bounced_undetermined),
        sum(complaints),
        sum(unsubscribes),
        sum(opens_all),
        sum(opens_human),
        sum(opens_unique),
        sum(opens_unique_contacts),
        sum(clicks_all),
        sum(clicks_human),
        sum(clicks_unique),
        sum(clicks_unique_contacts),
        sum(replies_human),
        sum(replies_auto),
        sum(bounced_hard + bounced_soft + bounced_block + bounced_undetermined)
    GROUP BY tenant_id, bucket, workspace_id, mailbox_provider, sending_domain, sending_ip, mailbox
);

ALTER TABLE deliverability_day MATERIALIZE PROJECTION by_sender;
