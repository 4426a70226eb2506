package com.penguinmails.streamjobs.alerts;

import com.penguinmails.streamjobs.health.RollingCounters;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything the health and alerts stage keeps for one scope: its rolling counters (also per mailbox provider for
 * health scopes), one alert tracker per rule, and when it was last evaluated. Keyed state of
 * {@link ScopeMonitorFunction}, Kryo-serialised, hence the public mutable fields and no-argument constructor.
 */
public final class ScopeState {

    /** The tenant. */
    public String tenantId;
    /** The scope's kind. */
    public ScopeKind scopeKind;
    /** The scope. */
    public String scopeValue;
    /** The scope's counters; their newest time is the scope's clock. */
    public RollingCounters counters = new RollingCounters();
    /** Per recipients' mailbox provider, for health scopes only. */
    public Map<String, RollingCounters> countersByProvider = new HashMap<>();
    /** Alert state per rule id ({@code auto_pause} included). */
    public Map<String, AlertTracker> trackers = new HashMap<>();
    /** The rule each tracker last evaluated, to describe its resolve when the rule disappears. */
    public Map<String, AlertRule> trackedRules = new HashMap<>();
    /** Scope clock at the last rule evaluation; {@link Long#MIN_VALUE} before the first. */
    public long lastEvaluatedMillis = Long.MIN_VALUE;
    /** Scope clock at the last health snapshot; {@link Long#MIN_VALUE} before the first. */
    public long lastHealthMillis = Long.MIN_VALUE;
    /** Version of the last health snapshot. */
    public long healthVersion;
    /** Whether events arrived since the last evaluation. */
    public boolean alertsDirty;
    /** Whether events arrived since the last snapshot. */
    public boolean healthDirty;
    /** Scope clock when the last event arrived. */
    public long lastEventClockMillis;
    /** Wall clock when the last event arrived. */
    public long lastEventProcessingMillis;
    /** The pending processing-time timer; 0 when none. */
    public long timerAtMillis;

    /** For Kryo. */
    public ScopeState() {
    }

    /** A new scope. */
    public ScopeState(String tenantId, ScopeKind scopeKind, String scopeValue) {
        this.tenantId = tenantId;
        this.scopeKind = scopeKind;
        this.scopeValue = scopeValue;
    }

    /** The scope's clock: the newest event time seen, moved on by quiet periods. */
    public long clockMillis() {
        return counters.newestMillis();
    }

    /** Whether any alert of the scope is firing. */
    public boolean anyFiring() {
        return trackers.values().stream().anyMatch(AlertTracker::isFiring);
    }
}
