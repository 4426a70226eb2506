package com.penguinmails.streamjobs.alerts;

import com.penguinmails.streamjobs.health.HealthThresholds;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How often the health and alerts stage judges each scope; see HEALTH.md and ALERTS.md.
 *
 * @param evaluationInterval event time between two evaluations of a scope's rules driven by its events (zero: at
 *     every event); rule changes and flushes evaluate in between
 * @param healthInterval event time between two health snapshots of a scope driven by its events
 * @param flushInterval processing time after which a scope that changed since its last evaluation or snapshot is
 *     evaluated and snapshotted anyway (so the last events of a burst are judged)
 * @param quietAfter processing time without events after which a scope's clock starts to follow the wall clock, so
 *     its windows slide and alerts resolve when traffic stops; zero: never
 * @param autoPauseCooldown cooldown of {@code auto_pause} alerts
 * @param thresholds health limits
 */
public record MonitorSettings(Duration evaluationInterval, Duration healthInterval, Duration flushInterval,
        Duration quietAfter, Duration autoPauseCooldown, HealthThresholds thresholds) implements Serializable {

    /** Checks the settings. */
    public MonitorSettings {
        Objects.requireNonNull(thresholds, "thresholds");
        if (evaluationInterval.isNegative() || healthInterval.isNegative() || quietAfter.isNegative()
                || autoPauseCooldown.isNegative() || flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("Intervals must not be negative, flushInterval must be positive");
        }
    }
}
