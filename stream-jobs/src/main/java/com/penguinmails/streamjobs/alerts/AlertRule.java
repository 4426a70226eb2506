package com.penguinmails.streamjobs.alerts;

import com.penguinmails.streamjobs.health.WindowCounts;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * One alert rule as the operational API publishes it on {@code control.alert-rules} (see ALERTS.md for the JSON).
 * Valid by construction: {@link AlertRuleParser} checks the wire form.
 *
 * @param ruleId identifies the rule; the Kafka key of its record
 * @param tenantId whose traffic it watches
 * @param name a label for people
 * @param metric what it measures
 * @param scopeKind which dimension it watches
 * @param scopeValue the one scope it watches; null for every scope of that kind
 * @param comparison above or below
 * @param threshold the limit, a fraction for rates (0.02 = 2 %), a count for {@code volume_sent}
 * @param window how far back the metric looks, at most 7 days
 * @param minVolume the window's volume (the metric's denominator) needed before the condition can hold
 * @param cooldown after an alert resolves, how long before it may fire again
 * @param enabled a disabled rule fires nothing and resolves what it fired
 */
public record AlertRule(String ruleId, String tenantId, String name, Metric metric, ScopeKind scopeKind,
        String scopeValue, Comparison comparison, double threshold, Duration window, long minVolume,
        Duration cooldown, boolean enabled) implements Serializable {

    /** Checks the required parts. */
    public AlertRule {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scopeKind, "scopeKind");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(cooldown, "cooldown");
    }

    /** Whether this rule watches the given scope (enabled or not). */
    public boolean watches(String tenant, ScopeKind kind, String value) {
        return tenantId.equals(tenant) && scopeKind == kind && (scopeValue == null || scopeValue.equals(value));
    }

    /** The rule's metric over a window's counts and whether its condition holds. */
    public Observation observe(WindowCounts counts) {
        double value = metric.valueOf(counts);
        long volume = metric.volumeOf(counts);
        return new Observation(value, volume, volume >= minVolume && comparison.holds(value, threshold));
    }
}
