package com.penguinmails.streamjobs.alerts;

import java.time.Duration;
import java.util.Optional;

/**
 * The alert state machine of one rule on one scope: deduplication and cooldown.
 *
 * <pre>
 * idle    --condition holds, cooldown over--> firing   (emits FIRING)
 * firing  --condition holds-----------------> firing   (emits nothing: one alert per episode)
 * firing  --condition stops holding---------> idle     (emits RESOLVED; the cooldown starts)
 * idle    --holds again before cooldown ends-> idle    (emits nothing)
 * </pre>
 *
 * <p>Times are the scope's event-time clock in epoch milliseconds, so the same events always give the same alerts.
 * Mutable: a part of the keyed state (Kryo-serialised), hence the no-argument constructor.
 */
public final class AlertTracker {

    private boolean firing;
    private long firedAtMillis;
    private long resolvedAtMillis = Long.MIN_VALUE;
    private double lastValue;
    private long lastVolume;

    /** Idle, never fired. */
    public AlertTracker() {
    }

    /**
     * Takes in the condition at a time and says whether the alert fires or resolves.
     *
     * @param observation the rule's metric and whether its condition holds
     * @param atMillis the time of the observation
     * @param cooldown how long after resolving the alert may not fire again
     * @return the transition, if any
     */
    public Optional<AlertState> observe(Observation observation, long atMillis, Duration cooldown) {
        lastValue = observation.value();
        lastVolume = observation.volume();
        if (firing && !observation.holds()) {
            return Optional.of(resolve(atMillis));
        }
        if (!firing && observation.holds() && cooldownOver(atMillis, cooldown)) {
            firing = true;
            firedAtMillis = atMillis;
            return Optional.of(AlertState.FIRING);
        }
        return Optional.empty();
    }

    /**
     * Resolves a firing alert regardless of its condition (its rule was deleted or disabled).
     *
     * @return RESOLVED if it was firing
     */
    public Optional<AlertState> forceResolve(long atMillis) {
        return firing ? Optional.of(resolve(atMillis)) : Optional.empty();
    }

    private AlertState resolve(long atMillis) {
        firing = false;
        resolvedAtMillis = atMillis;
        return AlertState.RESOLVED;
    }

    private boolean cooldownOver(long atMillis, Duration cooldown) {
        return resolvedAtMillis == Long.MIN_VALUE || atMillis - resolvedAtMillis >= cooldown.toMillis();
    }

    /** Whether the alert is firing. */
    public boolean isFiring() {
        return firing;
    }

    /** When the current (or last) episode fired. */
    public long firedAtMillis() {
        return firedAtMillis;
    }

    /** When the last episode resolved; {@link Long#MIN_VALUE} if never. */
    public long resolvedAtMillis() {
        return resolvedAtMillis;
    }

    /** The metric's value at the last observation. */
    public double lastValue() {
        return lastValue;
    }

    /** The window's volume at the last observation. */
    public long lastVolume() {
        return lastVolume;
    }
}
