package com.penguinmails.streamjobs.alerts;

/**
 * What one event adds to one scope's counters: the unit the health and alerts stage is keyed by. A Flink POJO
 * (public fields, no-argument constructor) so it travels with Flink's own serializer.
 */
public class ScopedEvent {

    /** The key: tenant, kind and value joined by NUL characters (see {@link #keyOf}). */
    public String key;
    /** The tenant. */
    public String tenantId;
    /** The scope's kind. */
    public ScopeKind scopeKind;
    /** The scope, e.g. a sending domain. */
    public String scopeValue;
    /** The event's time, epoch milliseconds. */
    public long occurredAtMillis;
    /** The counters the event adds one to, as a bit mask of {@code Counter#bit()}. */
    public int counters;
    /** The recipient's mailbox provider from the enrichment stage; null when unknown. */
    public String mailboxProvider;

    /** For Flink's serializer. */
    public ScopedEvent() {
    }

    /** One event's contribution to one scope. */
    public ScopedEvent(String tenantId, ScopeKind scopeKind, String scopeValue, long occurredAtMillis, int counters,
            String mailboxProvider) {
        this.key = keyOf(tenantId, scopeKind, scopeValue);
        this.tenantId = tenantId;
        this.scopeKind = scopeKind;
        this.scopeValue = scopeValue;
        this.occurredAtMillis = occurredAtMillis;
        this.counters = counters;
        this.mailboxProvider = mailboxProvider;
    }

    /** The key of a scope; NUL cannot occur in any of the parts as the platform uses them. */
    public static String keyOf(String tenantId, ScopeKind scopeKind, String scopeValue) {
        return tenantId + '\u0000' + scopeKind.wireName() + '\u0000' + scopeValue;
    }

    @Override
    public String toString() {
        return "ScopedEvent{" + tenantId + ' ' + scopeKind.wireName() + '=' + scopeValue + " @" + occurredAtMillis
                + " counters=" + Integer.toBinaryString(counters) + " provider=" + mailboxProvider + '}';
    }
}
