package com.penguinmails.operational.alerts;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The rule changes waiting to be published to {@code control.alert-rules}. A change is appended in the transaction
 * that makes it, so it is published if and only if it commits, and in commit order of appends ({@code seq}).
 */
public final class AlertRuleOutbox {

    /** One change to publish: a rule's JSON, or null for a tombstone. */
    public record Entry(long seq, String ruleId, String payload) {
    }

    /** Appends the change of rule {@code ruleId}; {@code payload} null deletes it. */
    public void append(Handle handle, String ruleId, String payload) {
        handle.createUpdate("INSERT INTO alert_rule_outbox (rule_id, payload) VALUES (:rule, :payload)")
                .bind("rule", ruleId).bind("payload", payload).execute();
    }

    /** The oldest {@code limit} changes not yet published, in order. */
    public List<Entry> pending(Handle handle, int limit) {
        return handle.createQuery("""
                        SELECT seq, rule_id, payload FROM alert_rule_outbox WHERE published_at IS NULL
                        ORDER BY seq LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new Entry(rs.getLong("seq"), rs.getString("rule_id"), rs.getString("payload")))
                .list();
    }

    /** Marks changes as published. */
    public void markPublished(Handle handle, List<Entry> entries) {
        handle.createUpdate("UPDATE alert_rule_outbox SET published_at = now() WHERE seq = ANY(:seqs)")
                .bindArray("seqs", Long.class, entries.stream().map(Entry::seq).toList()).execute();
    }

    /** Forgets changes published more than a day ago (the topic holds them). */
    public int purgePublished(Handle handle) {
        return handle.createUpdate(
                "DELETE FROM alert_rule_outbox WHERE published_at < now() - interval '1 day'").execute();
    }
}
