package com.penguinmails.streamjobs.attribution;

import java.io.Serializable;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the attribution stage attributes conversions: lookback windows (a default and per tenant), the time-decay
 * half-life, which touch kinds count, how late an event may arrive and still change a conversion's credits, and how
 * long idle contacts' state is kept.
 *
 * @param defaultLookback the lookback window of tenants without their own; not negative
 * @param tenantLookbacks lookback per tenant id
 * @param halfLife the time-decay half-life; positive
 * @param touchKinds the kinds of engagement that count as touches; not empty
 * @param allowedLateness how far behind the contact's newest event a touch or conversion may be and still be
 *     attributed (a late touch re-computes the conversions it belongs to); not negative
 * @param stateTtl processing time after which an idle contact's touches and conversions are dropped; positive
 */
public record AttributionSettings(Duration defaultLookback, Map<String, Duration> tenantLookbacks, Duration halfLife,
        Set<TouchKind> touchKinds, Duration allowedLateness, Duration stateTtl) implements Serializable {

    /** Validates and copies. */
    public AttributionSettings {
        requireNotNegative(defaultLookback, "defaultLookback");
        tenantLookbacks = Map.copyOf(tenantLookbacks);
        tenantLookbacks.forEach((tenant, lookback) -> requireNotNegative(lookback, "lookback of " + tenant));
        Objects.requireNonNull(halfLife, "halfLife");
        if (halfLife.isZero() || halfLife.isNegative()) {
            throw new IllegalArgumentException("Half-life must be positive: " + halfLife);
        }
        if (touchKinds.isEmpty()) {
            throw new IllegalArgumentException("At least one touch kind must count");
        }
        touchKinds = Set.copyOf(touchKinds);
        requireNotNegative(allowedLateness, "allowedLateness");
        Objects.requireNonNull(stateTtl, "stateTtl");
        if (stateTtl.isZero() || stateTtl.isNegative()) {
            throw new IllegalArgumentException("State TTL must be positive: " + stateTtl);
        }
    }

    /** 30-day lookback, 7-day half-life, opens, clicks and replies, 7 days of lateness, state kept 60 days. */
    public static AttributionSettings defaults() {
        return new AttributionSettings(Duration.ofDays(30), Map.of(), Duration.ofDays(7),
                EnumSet.allOf(TouchKind.class), Duration.ofDays(7), Duration.ofDays(60));
    }

    /** The lookback window of {@code tenantId}: its own, else the default. */
    public Duration lookbackFor(String tenantId) {
        return tenantLookbacks.getOrDefault(tenantId, defaultLookback);
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
    }
}
